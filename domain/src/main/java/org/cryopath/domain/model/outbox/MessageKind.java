package org.cryopath.domain.model.outbox;

/**
 * The emails CryoPath sends: to patients, numbered as in the product design (E1 to E10), and to the referring
 * clinician (R1, the treatment summary at discharge, in English).
 */
public enum MessageKind {
    E1_REFERRAL_RECEIVED("referral-received"),
    E2_PREPARATION_INSTRUCTIONS("preparation-instructions"),
    E3_SESSION_BOOKED("session-booked"),
    E4_SESSION_CHANGED("session-changed"),
    E5_PREPARATION_REMINDER("preparation-reminder"),
    E6_ESCORT_REMINDER("escort-reminder"),
    E7_DAY_BEFORE("day-before"),
    E8_DAY_AFTER("day-after"),
    E9_WEEK_AFTER("week-after"),
    E10_FOLLOW_UP_IMAGING("follow-up-imaging"),
    R1_REFERRER_SUMMARY("referrer-summary");

    private final String templateName;

    MessageKind(String templateName) {
        this.templateName = templateName;
    }

    /** The base name of this email's templates and of its subject in the mail bundles. */
    public String templateName() {
        return templateName;
    }

    /** "E1", "E7": how staff and the design refer to an email. */
    public String code() {
        return name().substring(0, name().indexOf('_'));
    }
}
