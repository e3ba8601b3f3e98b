package org.cryopath.it.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cryopath.it.support.Referrals.unique;
import static org.cryopath.it.support.Referrals.uniqueMrn;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import org.cryopath.it.browser.pages.FlowPages;
import org.cryopath.it.browser.pages.LoginPage;
import org.cryopath.it.support.Clinic;
import org.cryopath.it.support.CryoPathDeployment;
import org.cryopath.it.support.ProcedureDays;
import org.cryopath.it.support.ProcedureDays.Today;
import org.cryopath.it.support.Server;
import org.cryopath.it.support.Staff;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A clinician takes a patient through the procedure day on the flow board in a real Chromium: check-in refused without
 * a confirmed escort, then with the clinician's reason; procedure started, completed, discharge with who collected
 * the patient; then books the first follow-up scan from the worklist, and the patient gets E10; then closes the case's
 * follow-up early with a reason.
 */
@ExtendWith(ArquillianExtension.class)
class FlowBrowserIT extends BrowserTest {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return CryoPathDeployment.realEarWithProbe();
    }

    @AfterEach
    void putBackTheSessionsBroughtToToday() {
        ProcedureDays.putBackTheSessionsBroughtToToday();
    }

    @Test
    void aClinicianTakesAPatientThroughTheDayAndBooksTheFirstFollowUpScan() {
        String tag = unique(5);
        long room = Clinic.room("Flow room " + tag, "CT");
        long radiologist = Clinic.radiologist("Dr. Flow " + tag);
        String mrn = uniqueMrn("FLOWUI");
        Today today = ProcedureDays.sessionToday(mrn, "KIDNEY", "EN", true, room, radiologist, Clinic.farDay(40));
        String patient = ProcedureDays.familyName(mrn);
        LoginPage.signIn(browser, Staff.CLINICIAN);

        FlowPages.Board board = FlowPages.openBoard(browser, Server.cryopath("today/flow.xhtml"));
        int expected = board.count("EXPECTED");
        assertThat(expected).isPositive();
        assertThat(board.row(patient)).contains(mrn, "Flow room " + tag, "Not confirmed", "Expected");

        board = board.choose(patient).checkIn(null);
        assertThat(board.messageFor("overrideReason")).contains("The escort is not confirmed");
        board = board.checkIn("Escort confirmed in person at the desk");
        assertThat(board.globalMessages()).contains("checked in");
        assertThat(board.row(patient)).contains("Checked in", "Checked in without a confirmed escort");
        assertThat(board.count("CHECKED_IN")).isPositive();

        board = board.choose(patient).startProcedure();
        assertThat(board.row(patient)).contains("In procedure");
        board = board.choose(patient).endProcedure("Completed", "Two probes, two freeze cycles");
        assertThat(board.row(patient)).contains("Recovery");
        board = board.choose(patient).discharge("");
        assertThat(board.messageFor("collectedBy")).isNotBlank();
        board = board.discharge("Sam Rivera (partner)");
        assertThat(board.globalMessages()).contains("discharged");
        assertThat(board.row(patient)).contains("Discharged");
        assertThat(board.count("DISCHARGED")).isPositive();

        FlowPages.Worklist worklist = FlowPages.openWorklist(browser,
                Server.cryopath("followup/worklist.xhtml?case=" + today.caseId()));
        assertThat(worklist.rows()).hasSize(8).first().satisfies(row -> assertThat(row)
                .contains(mrn, "Kidney", "To book"));
        worklist = worklist.choose(0).book("09:30", "Imaging department, CT 2", "CT");
        assertThat(worklist.globalMessages()).contains("booked; the patient is told by email");
        assertThat(worklist.rows().get(0)).contains("Booked", "Imaging department, CT 2");

        assertThat(ProcedureDays.mail(mrn)).map(JsonValue::asJsonObject).map(m -> m.getString("kind"))
                .contains("E8_DAY_AFTER", "E9_WEEK_AFTER", "R1_REFERRER_SUMMARY", "E10_FOLLOW_UP_IMAGING");
        JsonObject followUp = ProcedureDays.followUp(today.caseId());
        assertThat(followUp.getJsonArray("touchpoints").getJsonObject(0).getString("dueOn"))
                .isEqualTo(LocalDate.now(Clinic.ZONE).plusMonths(1).toString());

        // The patient will be followed up elsewhere: the clinician closes the case's follow-up, with a reason.
        worklist = worklist.closeCase("");
        assertThat(worklist.closeCaseMessageFor("reason")).isEqualTo("This field is required.");
        worklist = worklist.closeCase("Followed up at the referring hospital from now on");
        assertThat(worklist.globalMessages()).contains("The case is closed");
        assertThat(worklist.rows()).isEmpty();
        followUp = ProcedureDays.followUp(today.caseId());
        assertThat(followUp.getString("status")).isEqualTo("CLOSED");
        assertThat(followUp.getJsonArray("touchpoints").getValuesAs(JsonObject.class))
                .as("every scan still open, the booked one too, cancelled with it")
                .extracting(t -> t.getString("status")).containsOnly("CANCELLED");
    }
}
