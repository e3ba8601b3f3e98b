package org.cryopath.it.support;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/** Synthetic referral payloads for the tests: each with its own MRN and mailbox, so tests never see each other's data. */
public final class Referrals {

    private Referrals() {
    }

    private static final AtomicInteger SEQUENCE = new AtomicInteger(ThreadLocalRandom.current().nextInt(1000));

    /**
     * An MRN no other test uses, within the 20 characters an MRN may have: at most 9 of the prefix, the clock in
     * milliseconds (7 base-36 digits) and a counter. (It used to take System.nanoTime(), whose length grows with the
     * machine's uptime: after about 50 minutes "RETURNING-..." no longer fitted.)
     */
    public static String uniqueMrn(String prefix) {
        String head = prefix.length() > 9 ? prefix.substring(0, 9) : prefix;
        String clock = Long.toString(System.currentTimeMillis() % 78_364_164_096L, 36);
        String count = Integer.toString(SEQUENCE.incrementAndGet() % 1296, 36);
        return (head + "-" + clock + count).toUpperCase();
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
