package org.cryopath.domain.model.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.cryopath.domain.model.calendar.Clinician;
import org.cryopath.domain.model.calendar.ClinicianRole;
import org.cryopath.domain.model.calendar.ProcedureRoom;
import org.cryopath.domain.model.calendar.WeeklyHours;
import org.cryopath.domain.model.referral.Referral;
import org.cryopath.domain.model.referral.ReferralTestData;
import org.cryopath.domain.model.treatment.Anaesthesia;
import org.cryopath.domain.model.treatment.CaseStatus;
import org.cryopath.domain.model.treatment.Guidance;
import org.cryopath.domain.model.treatment.TreatmentCase;
import org.cryopath.domain.shared.DomainException;
import org.junit.jupiter.api.Test;

/** The procedure day on the session: the escort gate and its override, then procedure, recovery and discharge. */
class ProcedureDayTest {

    private static final ZoneId ZONE = ZoneId.of("America/New_York");
    private static final Instant START = Instant.parse("2026-12-07T15:00:00Z"); // 10:00 in New York
    private static final Instant ARRIVED = START.minus(Duration.ofMinutes(50));

    @Test
    void checkInNeedsAConfirmedEscortOrAClinicianReason() {
        Session session = booked();

        assertThatThrownBy(() -> session.checkIn(null, "frontdesk", ARRIVED, ZONE))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("session.checkIn.escortRequired");
                    assertThat(e.field()).contains("overrideReason");
                });
        assertThat(session.status()).isEqualTo(SessionStatus.BOOKED);

        session.checkIn("Escort arrives by taxi at noon, confirmed in person", "clinician", ARRIVED, ZONE);

        assertThat(session.flowStage()).isEqualTo(FlowStage.CHECKED_IN);
        assertThat(session.checkedInWithoutEscort()).isTrue();
        assertThat(session.auditState()).containsEntry("checkInOverride",
                "Escort arrives by taxi at noon, confirmed in person");
        assertThatThrownBy(() -> session.checkIn("again", "clinician", ARRIVED, ZONE))
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("session.checkIn.already");
    }

    @Test
    void checkInIsOnTheSessionsClinicDayOnly() {
        Session session = booked();
        Instant dayBefore = START.minus(Duration.ofDays(1));

        assertThatThrownBy(() -> session.checkIn("reason", "clinician", dayBefore, ZONE))
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("session.checkIn.notToday");
    }

    @Test
    void theDayRunsFromArrivalToDischargeAndEachStepIsInItsOrder() {
        Session session = booked();
        assertThatThrownBy(() -> session.startProcedure(ARRIVED))
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("session.procedure.notCheckedIn");
        session.checkIn("Escort confirmed at the desk", "clinician", ARRIVED, ZONE);
        session.startProcedure(START);
        assertThat(session.flowStage()).isEqualTo(FlowStage.IN_PROCEDURE);
        assertThatThrownBy(() -> session.endProcedure(SessionOutcome.ABORTED, " ", START.plusSeconds(600)))
                .extracting(e -> ((DomainException) e).field().orElse(null)).isEqualTo("outcomeNote");
        assertThat(session.status()).isEqualTo(SessionStatus.IN_PROCEDURE);

        session.endProcedure(SessionOutcome.COMPLETED, "Two probes, two freeze cycles", START.plusSeconds(3600));
        assertThat(session.flowStage()).isEqualTo(FlowStage.RECOVERY);
        assertThatThrownBy(() -> session.discharge(null, "nurse", START.plusSeconds(7200)))
                .as("without a confirmed escort, staff name who collected the patient")
                .extracting(e -> ((DomainException) e).field().orElse(null)).isEqualTo("collectedBy");

        session.discharge("Sam Rivera (partner)", "nurse", START.plusSeconds(7200));

        assertThat(session.flowStage()).isEqualTo(FlowStage.DISCHARGED);
        assertThat(session.collectedBy()).isEqualTo("Sam Rivera (partner)");
        assertThat(session.treated()).isTrue();
        assertThatThrownBy(() -> session.discharge("x", "nurse", START.plusSeconds(7300)))
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("session.discharge.already");
    }

    @Test
    void theLastPlannedSessionTreatsTheCaseAndAnEarlierOneKeepsItOpen() {
        TreatmentCase twoSessions = scheduledCase(2);
        assertThat(twoSessions.sessionDischarged(false, false)).isFalse();
        assertThat(twoSessions.status()).as("waiting for its next booking").isEqualTo(CaseStatus.PREPARING);

        TreatmentCase oneSession = scheduledCase(1);
        assertThat(oneSession.sessionDischarged(true, false)).isTrue();
        assertThat(oneSession.status()).isEqualTo(CaseStatus.TREATED);
        oneSession.startFollowUp();
        assertThat(oneSession.status()).isEqualTo(CaseStatus.IN_FOLLOW_UP);
        oneSession.close("Follow-up schedule completed");
        assertThat(oneSession.status()).isEqualTo(CaseStatus.CLOSED);
    }

    private static TreatmentCase scheduledCase(int sessions) {
        Referral referral = ReferralTestData.received();
        referral.accept();
        TreatmentCase treatment = TreatmentCase.open(referral, Anaesthesia.SEDATION, Guidance.CT, sessions,
                START.minus(Duration.ofDays(30)));
        treatment.preparationIssued();
        treatment.sessionBooked();
        return treatment;
    }

    private static Session booked() {
        TreatmentCase treatment = scheduledCase(1);
        List<WeeklyHours> hours = Arrays.stream(DayOfWeek.values())
                .map(day -> WeeklyHours.of(day, LocalTime.of(7, 0), LocalTime.of(19, 0))).toList();
        return Session.book(treatment, ProcedureRoom.open("CT 1", Guidance.CT, 30, hours),
                Clinician.join("Dr. Lee", ClinicianRole.RADIOLOGIST, hours), null, START, Duration.ofMinutes(90),
                Duration.ofHours(4), null, "frontdesk", START.minus(Duration.ofDays(10)));
    }
}
