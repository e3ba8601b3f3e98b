package org.cryopath.domain.model.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.cryopath.domain.model.patient.Language;
import org.cryopath.domain.model.protocol.DefaultProtocol;
import org.cryopath.domain.model.protocol.ProtocolVersion;
import org.cryopath.domain.model.protocol.TextTopic;
import org.cryopath.domain.model.referral.TargetOrgan;
import org.junit.jupiter.api.Test;

/** Follow-up dates from the protocol's months: real calendar dates, month ends kept inside their month. */
class FollowUpScheduleTest {

    private static final ProtocolVersion DEFAULTS = DefaultProtocol.version1(Instant.parse("2026-11-25T10:00:00Z"));

    @Test
    void kidneyLiverAndLungGetTheirProtocolMonthsAsDates() {
        LocalDate discharged = LocalDate.of(2026, 11, 30);

        assertThat(FollowUpSchedule.imaging(discharged, DEFAULTS.imagingMonths(TargetOrgan.KIDNEY)))
                .extracting(FollowUpSchedule.Due::dueOn).containsExactly(LocalDate.of(2026, 12, 30),
                        LocalDate.of(2027, 2, 28), LocalDate.of(2027, 5, 30), LocalDate.of(2027, 11, 30),
                        LocalDate.of(2028, 11, 30), LocalDate.of(2029, 11, 30), LocalDate.of(2030, 11, 30),
                        LocalDate.of(2031, 11, 30));
        assertThat(FollowUpSchedule.imaging(discharged, DEFAULTS.imagingMonths(TargetOrgan.LIVER)))
                .extracting(FollowUpSchedule.Due::monthsAfter).containsExactly(1, 3, 6, 9, 12);
        assertThat(FollowUpSchedule.imaging(LocalDate.of(2027, 1, 31), DEFAULTS.imagingMonths(TargetOrgan.LUNG)))
                .extracting(FollowUpSchedule.Due::dueOn).containsExactly(LocalDate.of(2027, 2, 28),
                        LocalDate.of(2027, 4, 30), LocalDate.of(2027, 7, 31), LocalDate.of(2027, 10, 31),
                        LocalDate.of(2028, 1, 31));
    }

    @Test
    void theDefaultsCarryEachOrgansWarningSignsInBothLanguages() {
        assertThat(DEFAULTS.hasFollowUp()).isTrue();
        assertThat(DEFAULTS.texts(TextTopic.WARNING_SIGN, TargetOrgan.LUNG, Language.EN))
                .anySatisfy(sign -> assertThat(sign).contains("shortness of breath"));
        assertThat(DEFAULTS.texts(TextTopic.WARNING_SIGN, TargetOrgan.LUNG, Language.ES))
                .anySatisfy(sign -> assertThat(sign).contains("falta de aire"));
        assertThat(DEFAULTS.texts(TextTopic.WARNING_SIGN, TargetOrgan.KIDNEY, Language.EN))
                .noneSatisfy(sign -> assertThat(sign).contains("shortness of breath"));
    }
}
