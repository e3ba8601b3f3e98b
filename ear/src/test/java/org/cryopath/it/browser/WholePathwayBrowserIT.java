package org.cryopath.it.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.cryopath.it.support.Referrals.mailboxOf;
import static org.cryopath.it.support.Referrals.uniqueMrn;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cryopath.it.browser.pages.BookingPages;
import org.cryopath.it.browser.pages.EscortLinkPage;
import org.cryopath.it.browser.pages.FlowPages;
import org.cryopath.it.browser.pages.LoginPage;
import org.cryopath.it.browser.pages.PatientPages;
import org.cryopath.it.browser.pages.PreparationPlanPage;
import org.cryopath.it.browser.pages.RegisterReferralPage;
import org.cryopath.it.browser.pages.TriageInboxPage;
import org.cryopath.it.support.Api;
import org.cryopath.it.support.Clinic;
import org.cryopath.it.support.CryoPathDeployment;
import org.cryopath.it.support.Escorts;
import org.cryopath.it.support.ProcedureDays;
import org.cryopath.it.support.Probe;
import org.cryopath.it.support.Server;
import org.cryopath.it.support.Staff;
import org.cryopath.it.support.TestMailServer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;

/**
 * One patient's whole pathway in Chromium, as the clinic and the patient live it: the front desk registers the
 * referral; a clinician triages it and issues the preparation plan; the front desk books the session; the patient
 * names their escort from the link in the booking email, in a browser of their own with no staff session; time moves
 * on (the reminders fall due; the session's day comes: a test probe brings the booked session to today, since nothing
 * is ever booked in the past); the front desk checks the patient in, a clinician takes them through the procedure and
 * discharges them to their escort, and the first follow-up email falls due. The patient's timeline then shows every
 * step in order, and their mailbox holds E1, E2, E3, E5, E7 and E8 in that order.
 */
@ExtendWith(ArquillianExtension.class)
class WholePathwayBrowserIT extends BrowserTest {

    private static final Duration MAIL_WAIT = Duration.ofSeconds(90);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return CryoPathDeployment.realEarWithProbe();
    }

    @AfterEach
    void putBackTheSessionsBroughtToToday() {
        ProcedureDays.putBackTheSessionsBroughtToToday();
    }

    @Test
    void onePatientFromReferralToTheFirstFollowUpEmail() {
        TestMailServer.get();
        String mrn = uniqueMrn("PATHWAY");
        String tag = mrn.replaceAll("[^A-Z0-9]", "");
        String family = "Lindqvist" + tag;
        String room = "Pathway room " + tag;
        String radiologist = "Dr. Pathway " + tag;
        Clinic.room(room, "CT");
        Clinic.radiologist(radiologist);
        LocalDate day = Clinic.farDay(10);

        // The front desk registers the referral.
        LoginPage.signIn(browser, Staff.FRONT_DESK);
        RegisterReferralPage.open(browser, Server.cryopath("referral/register.xhtml"))
                .patient(mrn, "Astrid", family, "1956-03-14", mailboxOf(mrn), "English")
                .referrer("Dr. Morgan Lee", "+1 555 010 2200")
                .referral("Kidney", "CT", "Routine", false)
                .register();

        // A clinician accepts it and issues the preparation.
        LoginPage.signIn(browser, Staff.CLINICIAN);
        PreparationPlanPage plan = TriageInboxPage.open(browser).decide(mrn).accept("Sedation", "CT");
        plan.generate().issue();
        assertThat(plan.globalMessages()).contains("Plan issued");
        long caseId = plan.caseId();

        // The front desk books the session.
        LoginPage.signIn(browser, Staff.FRONT_DESK);
        BookingPages.Booking booking = BookingPages.openBooking(browser, Server.cryopath("session/book.xhtml?case=" + caseId))
                .pick(day.toString(), "10:00", room + " (CT)", radiologist).bookPicked();
        assertThat(booking.globalMessages()).as("field errors: %s", booking.fieldErrors()).contains("Session booked for");
        long sessionId = sessionOf(caseId);

        // The patient names their escort from the booking email, in a browser of their own.
        String link = Escorts.linkIn(textOf(awaitMail(mrn, "E3_SESSION_BOOKED")));
        WebDriver patient = Browser.start();
        try {
            EscortLinkPage escort = EscortLinkPage.open(patient, link);
            assertThat(escort.heading()).isEqualTo("Who will take you home?");
            escort.fill("Nils Lindqvist", "+1 555 010 7788", "husband").confirm();
            assertThat(escort.text()).contains("We have noted that Nils Lindqvist will take you home.");
            Accessibility.of(patient).checkNow();
            assertThat(Accessibility.of(patient).takeViolations()).as("the patient's pages (axe-core)").isEmpty();
            assertThat(Browser.javaScriptErrors(patient)).as("the patient's browser console").isEmpty();
        } finally {
            patient.quit();
        }

        // Time moves on: the reminders before the session fall due, then the session's day comes.
        Probe.post("outbox/make-due?topic=session-" + sessionId, null);
        awaitMail(mrn, "E7_DAY_BEFORE");
        awaitMail(mrn, "E5_PREPARATION_REMINDER");
        Probe.post("flow/sessions/" + sessionId + "/today", null);

        // The front desk checks the patient in: the escort is confirmed, so no override is needed.
        FlowPages.Board board = FlowPages.openBoard(browser, Server.cryopath("today/flow.xhtml"));
        assertThat(board.row(family)).contains(mrn, room, "Expected");
        board = board.choose(family).checkIn(null);
        assertThat(board.globalMessages()).contains("checked in");
        assertThat(board.row(family)).contains("Checked in").doesNotContain("without a confirmed escort");

        // A clinician takes the patient through the procedure and discharges them to their escort.
        LoginPage.signIn(browser, Staff.CLINICIAN);
        board = FlowPages.openBoard(browser, Server.cryopath("today/flow.xhtml")).choose(family).startProcedure();
        assertThat(board.row(family)).contains("In procedure");
        board = board.choose(family).endProcedure("Completed", "Two probes, two freeze cycles");
        assertThat(board.row(family)).contains("Recovery");
        board = board.choose(family).discharge("Nils Lindqvist (husband)");
        assertThat(board.globalMessages()).contains("discharged");

        // The day after: the first follow-up email (the after-care mail is the case's, beyond any one session).
        Probe.post("outbox/make-due?topic=case-" + caseId, null);
        awaitMail(mrn, "E8_DAY_AFTER");

        List<String> mailbox = kindsInMailbox(mrn);
        assertThat(mailbox).as("the patient's mailbox, in the order it received them")
                .containsSubsequence("E1_REFERRAL_RECEIVED", "E2_PREPARATION_INSTRUCTIONS", "E3_SESSION_BOOKED");
        assertThat(mailbox.indexOf("E3_SESSION_BOOKED")).isLessThan(mailbox.indexOf("E5_PREPARATION_REMINDER"))
                .isLessThan(mailbox.indexOf("E7_DAY_BEFORE"));
        assertThat(mailbox.indexOf("E8_DAY_AFTER")).isGreaterThan(mailbox.indexOf("E5_PREPARATION_REMINDER"))
                .isGreaterThan(mailbox.indexOf("E7_DAY_BEFORE"));

        List<String> events = PatientPages.openSearch(browser, Server.cryopath("patient/search.xhtml"))
                .openTimelineAfterSearch(mrn).events();
        assertInOrder(events, "Referral received", "Referral accepted", "Treatment case opened",
                "Preparation plan generated", "Preparation plan issued", "Session booked", "Escort requested",
                "Escort confirmed", "Checked in", "Procedure started", "Procedure completed", "Discharged",
                "Follow-up scheduled");
        assertThat(String.join("\n", events)).contains("E8 \u00b7", "No summary to the referrer (no email address)");
    }

    private static long sessionOf(long caseId) {
        List<JsonObject> sessions = Json.createReader(new StringReader(Api.get(Staff.FRONT_DESK,
                "api/v1/cases/" + caseId + "/sessions").body())).readArray().getValuesAs(JsonObject.class);
        assertThat(sessions).hasSize(1);
        return sessions.get(0).getJsonNumber("sessionId").longValue();
    }

    /** Waits until the patient's mailbox holds an email of {@code kind}, and returns it. */
    private static MimeMessage awaitMail(String mrn, String kind) {
        await().atMost(MAIL_WAIT).until(() -> kindsInMailbox(mrn).contains(kind));
        List<MimeMessage> received = TestMailServer.messagesTo(mailboxOf(mrn));
        return received.get(kindsInMailbox(mrn).indexOf(kind));
    }

    /** The kinds of the emails in the patient's mailbox, in the order they arrived (by subject, from the outbox). */
    private static List<String> kindsInMailbox(String mrn) {
        Map<String, String> kindOfSubject = new HashMap<>();
        ProcedureDays.mail(mrn).getValuesAs(JsonObject.class)
                .forEach(m -> kindOfSubject.putIfAbsent(m.getString("subject"), m.getString("kind")));
        List<String> kinds = new ArrayList<>();
        for (MimeMessage message : TestMailServer.messagesTo(mailboxOf(mrn))) {
            try {
                kinds.add(kindOfSubject.getOrDefault(message.getSubject(), "?" + message.getSubject()));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return kinds;
    }

    /** The timeline has an event saying each step, in this order (other events may come between them). */
    private static void assertInOrder(List<String> events, String... steps) {
        int from = 0;
        for (String step : steps) {
            int at = from;
            while (at < events.size() && !events.get(at).contains(step)) {
                at++;
            }
            assertThat(at).as("'%s' after the step before it, in the timeline:%n%s", step, String.join("\n", events))
                    .isLessThan(events.size());
            from = at + 1;
        }
    }

    /** The plain-text part of an email, wherever it sits among its parts. */
    private static String textOf(Part part) {
        try {
            if (part.isMimeType("text/plain")) {
                return (String) part.getContent();
            }
            if (part.getContent() instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    String text = textOf(child);
                    if (text != null) {
                        return text;
                    }
                }
            }
            return null;
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
