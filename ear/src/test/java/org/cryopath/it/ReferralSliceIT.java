package org.cryopath.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.cryopath.it.support.Referrals.mailboxOf;
import static org.cryopath.it.support.Referrals.uniqueMrn;
import static org.cryopath.it.support.Referrals.valid;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Duration;
import java.util.List;
import org.cryopath.it.support.CryoPathDeployment;
import org.cryopath.it.support.Probe;
import org.cryopath.it.support.TestMailServer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The first slice through every layer, on the real EAR in a real Payara Server: a referral registered through
 * the referral service is stored by EclipseLink in Derby, its E1 email is written to the outbox in the same
 * transaction, and the dispatcher delivers it to a real SMTP server.
 */
@ExtendWith(ArquillianExtension.class)
class ReferralSliceIT {

    private static final Duration MAIL_WAIT = Duration.ofSeconds(30);

    @Deployment(testable = false)
    static Archive<?> deployment() {
        return CryoPathDeployment.realWithProbe();
    }

    @BeforeAll
    static void smtpServer() {
        TestMailServer.get();
    }

    @Test
    void aCommittedReferralSendsThePatientExactlyOneEmailInTheirLanguage() throws Exception {
        String mrn = uniqueMrn("SLICE");

        Probe.Reply reply = Probe.postAs("FRONT_DESK", "referrals", valid(mrn, "ES").build().toString());

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.object().getBoolean("newPatient")).isTrue();
        await().atMost(MAIL_WAIT).until(() -> TestMailServer.messagesTo(mailboxOf(mrn)).size() == 1);
        Probe.dispatchOutbox();

        List<MimeMessage> received = TestMailServer.messagesTo(mailboxOf(mrn));
        assertThat(received).hasSize(1);
        MimeMessage mail = received.get(0);
        assertThat(mail.getSubject()).isEqualTo("CryoPath Demo Clinic: hemos recibido su derivación")
                .doesNotContainIgnoringCase("riñón").doesNotContainIgnoringCase("kidney");
        assertThat(mail.getContentType()).startsWith("multipart/alternative");
        MimeMultipart parts = (MimeMultipart) mail.getContent();
        assertThat(parts.getBodyPart(0).getContentType()).startsWith("text/plain");
        assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html");
        assertThat((String) parts.getBodyPart(0).getContent()).contains("Estimado/a Grace Okafor", "Dr. Morgan Lee");
        assertThat((String) parts.getBodyPart(1).getContent()).contains("<html lang=\"es\">", "Dr. Morgan Lee");

        JsonObject row = Probe.outboxOf(mrn).getJsonObject(0);
        assertThat(row.getString("kind")).isEqualTo("E1_REFERRAL_RECEIVED");
        assertThat(row.getString("status")).isEqualTo("SENT");
        assertThat(mail.getMessageID()).isEqualTo(row.getString("messageId"));
    }

    @Test
    void aRolledBackRegistrationStoresNothingAndSendsNothing() {
        String mrn = uniqueMrn("ROLLBACK");

        Probe.Reply reply = Probe.postAs("FRONT_DESK", "referrals?rollback=true", valid(mrn, "EN").build().toString());
        Probe.dispatchOutbox();

        assertThat(reply.status()).isEqualTo(204);
        assertThat(Probe.referralCount(mrn)).isZero();
        assertThat(Probe.outboxOf(mrn)).isEmpty();
        // A few timer runs later, still nothing went out.
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5))
                .until(() -> TestMailServer.messagesTo(mailboxOf(mrn)).isEmpty());
    }

    @Test
    void invalidInputIsRefusedFieldByFieldAndNothingIsStored() {
        String mrn = uniqueMrn("INVALID");
        String payload = valid(mrn, "EN")
                .add("patient", Json.createObjectBuilder()
                        .add("mrn", mrn).add("givenName", "Ana").add("familyName", "Ruiz")
                        .add("dateOfBirth", "2999-01-01").add("email", "ana.ruiz(at)example.org")
                        .add("preferredLanguage", "ES"))
                .add("referrer", Json.createObjectBuilder().add("name", "Dr. Lee"))
                .build().toString();

        Probe.Reply reply = Probe.postAs("FRONT_DESK", "referrals", payload);

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.object().getJsonArray("violations"))
                .extracting(v -> v.asJsonObject().getString("field") + "=" + v.asJsonObject().getString("key"))
                .containsExactlyInAnyOrder(
                        "patient.email=validation.email",
                        "patient.dateOfBirth=validation.dateOfBirth.future",
                        "referrer.phone=validation.required");
        Probe.dispatchOutbox();
        assertThat(Probe.referralCount(mrn)).isZero();
        assertThat(Probe.outboxOf(mrn)).isEmpty();
        assertThat(TestMailServer.messagesTo(mailboxOf(mrn))).isEmpty();
    }

    @Test
    void aMissingMrnIsRefusedOnItsField() {
        String payload = valid("UNUSED", "EN")
                .add("patient", Json.createObjectBuilder()
                        .add("mrn", JsonValue.NULL).add("givenName", "Ana").add("familyName", "Ruiz")
                        .add("dateOfBirth", "1970-01-01").add("email", "ana.ruiz@example.org")
                        .add("preferredLanguage", "EN"))
                .build().toString();

        Probe.Reply reply = Probe.postAs("FRONT_DESK", "referrals", payload);

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.object().getJsonArray("violations"))
                .extracting(v -> v.asJsonObject().getString("field"))
                .containsExactly("patient.mrn");
    }

    @Test
    void aReturningPatientIsRecognisedByMrnButAnotherPersonUnderTheSameMrnIsRefused() {
        String mrn = uniqueMrn("RETURNING");
        Probe.Reply first = Probe.postAs("FRONT_DESK", "referrals", valid(mrn, "EN").build().toString());
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(first.object().getBoolean("newPatient")).isTrue();

        Probe.Reply second = Probe.postAs("FRONT_DESK", "referrals", valid(mrn, "EN").build().toString());
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.object().getBoolean("newPatient")).isFalse();

        String impostor = valid(mrn, "EN").add("patient", Json.createObjectBuilder()
                .add("mrn", mrn).add("givenName", "Someone").add("familyName", "Else")
                .add("dateOfBirth", "1980-01-01").add("email", mailboxOf(mrn)).add("preferredLanguage", "EN"))
                .build().toString();
        Probe.Reply refused = Probe.postAs("FRONT_DESK", "referrals", impostor);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.object().getJsonArray("violations"))
                .extracting(v -> v.asJsonObject().getString("field") + "=" + v.asJsonObject().getString("key"))
                .containsExactly("patient.mrn=patient.mrn.identityMismatch");
        assertThat(Probe.referralCount(mrn)).isEqualTo(2);
    }
}
