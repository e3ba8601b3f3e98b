package org.cryopath.domain.model.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.cryopath.domain.model.patient.Language;
import org.cryopath.domain.model.referral.TargetOrgan;
import org.cryopath.domain.shared.DomainException;
import org.junit.jupiter.api.Test;

/** Protocol texts are checked when saved: a placeholder the text cannot fill never reaches a patient. */
class PlaceholdersTest {

    private static final String HOLD_EN = "Stop taking {name} {days} days before your procedure.";
    private static final String HOLD_ES = "Deje de tomar {name} {days} días antes del procedimiento.";

    @Test
    void aMedicineInstructionMayUseItsNameAndDaysAndTheyAreFilledIn() {
        MedicationRule rule = MedicationRule.of("warfarin", "warfarin", "warfarina", DrugAction.HOLD, 5, HOLD_EN, HOLD_ES);

        assertThat(rule.instruction(Language.EN)).isEqualTo("Stop taking warfarin 5 days before your procedure.");
        assertThat(rule.instruction(Language.ES)).isEqualTo("Deje de tomar warfarina 5 días antes del procedimiento.");
    }

    @Test
    void aMisspeltPlaceholderIsRefusedOnItsFieldNamingWhatTheTextCanUse() {
        assertThatThrownBy(() -> MedicationRule.of("warfarin", "warfarin", "warfarina", DrugAction.HOLD, 5,
                "Stop taking {name} {dyas} days before.", HOLD_ES))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.field()).contains("instructionEn");
                    assertThat(e.messageKey()).isEqualTo("protocol.placeholder.unknown");
                    assertThat(e.arguments()).containsExactly("{dyas}", "{days}, {name}");
                });
        assertThatThrownBy(() -> MedicationRule.of("warfarin", "warfarin", "warfarina", DrugAction.HOLD, 5, HOLD_EN,
                "Deje de tomar {Name} {days} días antes."))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).contains("instructionEs"));
    }

    @Test
    void theBloodTestsPlaceholdersBelongToARuleWithABloodTestAndTheThresholdToOneWithAThreshold() {
        String labEn = "Have an {test} test within {within} days before. It must be {threshold} or lower.";
        String labEs = "Hágase un análisis de {test} en los {within} días anteriores. Debe ser de {threshold} o menos.";

        MedicationRule rule = MedicationRule.withLab("warfarin", "warfarin", "warfarina", DrugAction.HOLD, 5, HOLD_EN,
                HOLD_ES, "INR", 2, "1.5", labEn, labEs);
        assertThat(rule.labInstruction(Language.EN)).isEqualTo("Have an INR test within 2 days before. It must be 1.5 or lower.");

        assertThatThrownBy(() -> MedicationRule.withLab("warfarin", "warfarin", "warfarina", DrugAction.HOLD, 5,
                HOLD_EN, HOLD_ES, "INR", 2, null, labEn, labEs))
                .as("no threshold to fill in").isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.field()).contains("labInstructionEn");
                    assertThat(e.arguments()).first().isEqualTo("{threshold}");
                });
        assertThatThrownBy(() -> MedicationRule.of("metformin", "metformin", "metformina", DrugAction.ADJUST, 0,
                "Do not take {name} on the day; have your {test} checked.", HOLD_ES))
                .as("no blood test in this rule").isInstanceOf(DomainException.class);
    }

    @Test
    void fastingAndArrivalTextsUseTheirOwnNumberAndOtherTextsNone() {
        assertThat(ProtocolText.of(TextTopic.FASTING_SOLIDS, null, Language.EN, "No food {hours} hours before.").text())
                .contains("{hours}");
        assertThat(ProtocolText.of(TextTopic.ARRIVAL, null, Language.EN, "Arrive {minutes} minutes early.").text())
                .contains("{minutes}");

        assertThatThrownBy(() -> ProtocolText.of(TextTopic.ARRIVAL, null, Language.EN, "Arrive {hours} hours early."))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.field()).contains("text");
                    assertThat(e.messageKey()).isEqualTo("protocol.placeholder.unknown");
                    assertThat(e.arguments()).containsExactly("{hours}", "{minutes}");
                });
        assertThatThrownBy(() -> ProtocolText.of(TextTopic.ORGAN, TargetOrgan.LUNG, Language.EN,
                "Bring your inhaler {days} days early."))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("protocol.placeholder.none"));
    }

    @Test
    void aBraceWithoutItsPairIsRefused() {
        assertThatThrownBy(() -> ProtocolText.of(TextTopic.FASTING_FLUIDS, null, Language.EN,
                "Clear fluids until {hours hours before."))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("protocol.placeholder.unpaired"));
        assertThatThrownBy(() -> ProtocolText.of(TextTopic.BRING, null, Language.EN, "Bring your ID card}"))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("protocol.placeholder.unpaired"));
    }

    @Test
    void theDefaultProtocolPassesItsOwnCheck() {
        ProtocolVersion defaults = DefaultProtocol.version1(Instant.parse("2026-11-25T10:00:00Z"));
        assertThat(defaults.medications()).isNotEmpty();
        defaults.texts().forEach(text -> ProtocolText.of(text.topic(), text.organ(), text.language(), text.text()));
        defaults.medications().forEach(rule -> MedicationRule.withLab(rule.drugClass(), rule.nameEn(), rule.nameEs(),
                rule.action(), rule.daysBefore(), rule.instructionEn(), rule.instructionEs(),
                rule.requiresLab() ? rule.labTest() : "none", rule.requiresLab() ? rule.labWithinDays() : 0,
                rule.requiresLab() ? rule.labThreshold() : "-", rule.requiresLab() ? rule.labInstructionEn() : "x",
                rule.requiresLab() ? rule.labInstructionEs() : "x"));
    }
}
