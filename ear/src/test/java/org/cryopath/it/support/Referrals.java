package org.cryopath.it.support;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.util.concurrent.ThreadLocalRandom;

/** Synthetic referral payloads for the tests: each with its own MRN and mailbox, so tests never see each other's data. */
public final class Referrals {

    private Referrals() {
    }

    /** An MRN no other test uses (nor an earlier run on the same database): at most 20 characters. */
    public static String uniqueMrn(String prefix) {
        String head = prefix.length() > 7 ? prefix.substring(0, 7) : prefix;
        return head + "-" + unique(12 - 1);
    }

    /** A short suffix no other test uses, for usernames and MRNs: {@code length} letters and digits. */
    public static String unique(int length) {
        String stamp = Long.toString(System.currentTimeMillis(), 36) + Long.toString(ThreadLocalRandom.current().nextLong(36 * 36 * 36), 36);
        return stamp.substring(Math.max(0, stamp.length() - length)).toUpperCase();
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
