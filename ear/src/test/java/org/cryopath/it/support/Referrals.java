package org.cryopath.it.support;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.util.concurrent.ThreadLocalRandom;

/** Synthetic referral payloads for the tests: each with its own MRN and mailbox, so tests never see each other's data. */
public final class Referrals {

    private Referrals() {
    }

    /** An MRN no other test uses. */
    public static String uniqueMrn(String prefix) {
        return prefix + "-" + Long.toString(System.nanoTime(), 36).toUpperCase() + ThreadLocalRandom.current().nextInt(100);
    }

    public static String mailboxOf(String mrn) {
        return mrn.toLowerCase() + "@example.org";
    }

    /** A valid referral as the probe's JSON: patient, referrer, organ, guidance and priority. */
    public static JsonObjectBuilder valid(String mrn, String language) {
        return Json.createObjectBuilder()
                .add("patient", Json.createObjectBuilder()
                        .add("mrn", mrn)
                        .add("givenName", "Grace")
                        .add("familyName", "Okafor")
                        .add("dateOfBirth", "1961-07-04")
                        .add("email", mailboxOf(mrn))
                        .add("phone", "+1 555 014 1001")
                        .add("preferredLanguage", language))
                .add("referrer", Json.createObjectBuilder()
                        .add("name", "Dr. Morgan Lee")
                        .add("practice", "Harbour Oncology")
                        .add("phone", "+1 555 010 2200"))
                .add("targetOrgan", "KIDNEY")
                .add("indication", "3.1 cm renal mass")
                .add("requestedGuidance", "CT")
                .add("priority", "ROUTINE")
                .add("anticoagulated", true)
                .add("diabetic", false);
    }
}
