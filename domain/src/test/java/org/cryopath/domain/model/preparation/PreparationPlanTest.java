package org.cryopath.domain.model.preparation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cryopath.domain.model.audit.AuditEntry;
import org.cryopath.domain.model.patient.Language;
import org.cryopath.domain.model.patient.MedicalRecordNumber;
import org.cryopath.domain.model.patient.Patient;
import org.cryopath.domain.model.protocol.DefaultProtocol;
import org.cryopath.domain.model.protocol.DrugAction;
import org.cryopath.domain.model.protocol.ProtocolVersion;
import org.cryopath.domain.model.referral.Referral;
import org.cryopath.domain.model.referral.ReferringClinician;
import org.cryopath.domain.model.referral.TargetOrgan;
import org.cryopath.domain.model.treatment.Anaesthesia;
import org.cryopath.domain.model.treatment.CaseStatus;
import org.cryopath.domain.model.treatment.Guidance;
import org.cryopath.domain.model.treatment.TreatmentCase;
import org.cryopath.domain.shared.DomainException;
import org.cryopath.domain.shared.EmailAddress;
import org.cryopath.domain.shared.PersonName;
import org.cryopath.domain.shared.PhoneNumber;
import org.junit.jupiter.api.Test;

class PreparationPlanTest {

    private static final Instant NOW = Instant.parse("2026-11-25T15:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static final ProtocolVersion PROTOCOL = DefaultProtocol.version1(NOW);

    @Test
    void aWarfarinAndMetforminPatientUnderSedationGetsTheirHoldsTheInrTestFastingAndArrival() {
        PreparationPlan plan = PreparationPlan.generate(treatment(Language.EN, Anaesthesia.SEDATION, false),
                PROTOCOL, Set.of("warfarin", "metformin"), NOW);

        assertThat(plan.items()).extracting(PlanItem::toString).containsExactly(
                "MEDICATION warfarin HOLD 5d",
                "LABS INR 2d",
                "MEDICATION metformin ADJUST 0d",
                "FASTING solids 6h",
                "FASTING clear-fluids 2h",
                "ARRIVAL 60min",
                "OTHER",
                "BRING", "BRING", "BRING");
        assertThat(plan.items().get(0).text()).startsWith("Stop taking warfarin 5 days before your procedure");
        assertThat(plan.items().get(1).text()).contains("within 2 days", "1.5 or lower");
        assertThat(plan.items().get(6).text()).isEqualTo("Drink normally in the days before, unless your doctor limits your fluids.");
        assertThat(plan.earliestStart(TODAY)).isEqualTo(TODAY.plusDays(5));
        assertThat(plan.status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(plan.protocolVersionNumber()).isEqualTo(1);
    }

    @Test
    void theEarliestDayCountsFromTheIssueDayInTheClinicsZoneOrFromTodayForADraft() {
        PreparationPlan plan = PreparationPlan.generate(treatment(Language.EN, Anaesthesia.SEDATION, false),
                PROTOCOL, Set.of("warfarin"), NOW);
        ZoneId newYork = ZoneId.of("America/New_York");
        Instant lateEveningInNewYork = Instant.parse("2026-11-26T03:00:00Z"); // still 25 November there

        assertThat(plan.earliestStart(newYork, lateEveningInNewYork)).isEqualTo(TODAY.plusDays(5));
        plan.issue(null, NOW);
        assertThat(plan.earliestStart(newYork, NOW.plusSeconds(10 * 24 * 3600))).isEqualTo(TODAY.plusDays(5));
    }

    @Test
    void theItemsFallOnRealDatesOnceTheSessionStartIsKnown() {
        PreparationPlan plan = PreparationPlan.generate(treatment(Language.EN, Anaesthesia.SEDATION, false),
                PROTOCOL, Set.of("warfarin", "metformin"), NOW);
        LocalDateTime start = LocalDateTime.of(2026, 12, 7, 8, 30);

        List<PlanItem> items = plan.items();
        assertThat(items.get(0).at(start)).contains(LocalDate.of(2026, 12, 1).atStartOfDay()); // last warfarin dose
        assertThat(items.get(1).at(start)).contains(LocalDate.of(2026, 12, 5).atStartOfDay()); // INR from
        assertThat(items.get(2).at(start)).contains(LocalDate.of(2026, 12, 7).atStartOfDay()); // no metformin that day
        assertThat(items.get(3).at(start)).contains(LocalDateTime.of(2026, 12, 7, 2, 30));     // no food from
        assertThat(items.get(4).at(start)).contains(LocalDateTime.of(2026, 12, 7, 6, 30));     // no fluids from
        assertThat(items.get(5).at(start)).contains(LocalDateTime.of(2026, 12, 7, 7, 30));     // arrive
        assertThat(items.get(7).at(start)).isEmpty();
    }

    @Test
    void aSpanishSpeakingDiabeticPatientReadsSpanishAndGetsTheDiabetesInstruction() {
        PreparationPlan plan = PreparationPlan.generate(treatment(Language.ES, Anaesthesia.GENERAL, true),
                PROTOCOL, Set.of("insulin"), NOW);

        assertThat(plan.language()).isEqualTo(Language.ES);
        assertThat(plan.items()).extracting(PlanItem::text)
                .contains("Mida su azúcar en sangre la mañana del procedimiento y traiga su medidor.")
                .anyMatch(text -> text.startsWith("La noche anterior al procedimiento"));
        assertThat(plan.earliestStart(TODAY)).isEqualTo(TODAY.plusDays(1));
    }

    @Test
    void aMedicineTheProtocolDoesNotKnowIsRefused() {
        assertThatThrownBy(() -> PreparationPlan.generate(treatment(Language.EN, Anaesthesia.SEDATION, false), PROTOCOL,
                Set.of("warfarin", "snake-oil"), NOW))
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("plan.medication.unknown");
    }

    @Test
    void cliniciansEditTheDraftIssueItAndChangesMakeANewVersion() {
        TreatmentCase treatment = treatment(Language.EN, Anaesthesia.SEDATION, false);
        PreparationPlan plan = PreparationPlan.generate(treatment, PROTOCOL, Set.of("warfarin"), NOW);
        List<PlanItem> items = new ArrayList<>(plan.items());
        items.set(0, items.get(0).edited(DrugAction.HOLD, 6, null, null, "Stop warfarin 6 days before."));
        items.add(PlanItem.other("Bring your CT images on a disc."));
        plan.revise(items, "Cardiology agreed to a 6-day hold.");

        plan.issue(null, NOW);

        assertThat(plan.status()).isEqualTo(PlanStatus.ISSUED);
        assertThat(treatment.status()).isEqualTo(CaseStatus.PREPARING);
        assertThat(plan.earliestStart(TODAY)).isEqualTo(TODAY.plusDays(6));
        assertThatThrownBy(() -> plan.revise(items, null)).extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("plan.notDraft");

        PreparationPlan next = plan.nextDraft(NOW);
        assertThat(next.planVersion()).isEqualTo(2);
        assertThat(next.items()).isEqualTo(plan.items());
        assertThat(next.note()).isEqualTo("Cardiology agreed to a 6-day hold.");
    }

    @Test
    void theAuditOfAnEditThatOnlyChangesWordingShowsTheOldAndNewWordingOfThatItem() {
        PreparationPlan plan = PreparationPlan.generate(treatment(Language.EN, Anaesthesia.SEDATION, false), PROTOCOL,
                Set.of("warfarin"), NOW);
        Map<String, String> before = plan.auditState();
        List<PlanItem> items = new ArrayList<>(plan.items());
        PlanItem first = items.get(0);
        items.set(0, first.edited(first.action(), first.daysBefore(), first.hoursBefore(), first.minutesBefore(),
                "Stop warfarin 5 days before: your last dose is on the evening shown."));
        plan.revise(items, plan.note());

        AuditEntry entry = AuditEntry.of(NOW, "clinician", "plan.saved", "PreparationPlan", 1L, null, before,
                plan.auditState());

        assertThat(AuditEntry.parse(entry.before())).containsExactly(Map.entry("item 01",
                "MEDICATION warfarin HOLD 5d: " + first.text()));
        assertThat(AuditEntry.parse(entry.after())).containsExactly(Map.entry("item 01",
                "MEDICATION warfarin HOLD 5d: Stop warfarin 5 days before: your last dose is on the evening shown."));
    }

    @Test
    void onlyTheCurrentIssuedVersionCanBeAcknowledged() {
        PreparationPlan plan = PreparationPlan.generate(treatment(Language.EN, Anaesthesia.SEDATION, false), PROTOCOL,
                Set.of(), NOW);
        assertThatThrownBy(() -> plan.acknowledge(NOW)).isInstanceOf(DomainException.class);
        plan.issue(null, NOW);
        plan.acknowledge(NOW);
        assertThat(plan.acknowledgedAt()).isEqualTo(NOW);
        PreparationPlan next = plan.nextDraft(NOW);
        next.issue(plan, NOW);
        assertThat(plan.status()).isEqualTo(PlanStatus.SUPERSEDED);
        assertThatThrownBy(() -> plan.acknowledge(NOW)).isInstanceOf(DomainException.class);
    }

    @Test
    void issuingAChangedVersionSupersedesTheVersionIssuedBeforeItAndOnlyThatOne() {
        TreatmentCase treatment = treatment(Language.EN, Anaesthesia.SEDATION, false);
        PreparationPlan first = PreparationPlan.generate(treatment, PROTOCOL, Set.of("warfarin"), NOW);
        first.issue(null, NOW);
        PreparationPlan second = first.nextDraft(NOW);

        assertThatThrownBy(() -> second.issue(null, NOW)).extracting(e -> ((DomainException) e).messageKey())
                .as("version 2 cannot pretend to be the first").isEqualTo("plan.issue.previousMissing");
        PreparationPlan otherCase = PreparationPlan.generate(treatment(Language.EN, Anaesthesia.SEDATION, false),
                PROTOCOL, Set.of(), NOW);
        otherCase.issue(null, NOW);
        assertThatThrownBy(() -> second.issue(otherCase, NOW)).extracting(e -> ((DomainException) e).messageKey())
                .as("another case's plan").isEqualTo("plan.issue.notCurrent");
        assertThat(otherCase.status()).isEqualTo(PlanStatus.ISSUED);

        second.issue(first, NOW);

        assertThat(first.status()).isEqualTo(PlanStatus.SUPERSEDED);
        assertThat(second.status()).isEqualTo(PlanStatus.ISSUED);
        PreparationPlan third = second.nextDraft(NOW);
        assertThatThrownBy(() -> third.issue(first, NOW)).as("a superseded version is not the current one")
                .isInstanceOf(DomainException.class);
    }

    @Test
    void numbersOutOfRangeAreRefusedOnTheirField() {
        assertThatThrownBy(() -> PlanItem.fasting("solids", 30, "Fast."))
                .extracting(e -> ((DomainException) e).field().orElseThrow()).isEqualTo("hoursBefore");
        assertThatThrownBy(() -> PlanItem.medication("warfarin", DrugAction.HOLD, -1, "Stop."))
                .extracting(e -> ((DomainException) e).field().orElseThrow()).isEqualTo("daysBefore");
        assertThatThrownBy(() -> PlanItem.other(" ")).extracting(e -> ((DomainException) e).field().orElseThrow())
                .isEqualTo("text");
    }

    static TreatmentCase treatment(Language language, Anaesthesia anaesthesia, boolean diabetic) {
        Patient patient = Patient.register(MedicalRecordNumber.of("MRN-PLAN"), PersonName.of("Grace", "Okafor"),
                LocalDate.of(1961, 7, 4), EmailAddress.of("grace@example.org"), null, language, TODAY);
        Referral referral = Referral.receive(patient, ReferringClinician.of("Dr. Lee", null,
                        PhoneNumber.of("+1 555 010 2200", "phone"), null), TargetOrgan.KIDNEY, "renal mass", null, null,
                true, diabetic, NOW);
        referral.accept();
        return TreatmentCase.open(referral, anaesthesia, Guidance.CT, 1, NOW);
    }
}
