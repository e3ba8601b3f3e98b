package org.cryopath.web.interfaces.rest;

import java.util.Locale;
import org.cryopath.domain.model.patient.Language;
import org.cryopath.domain.model.referral.GuidancePreference;
import org.cryopath.domain.model.referral.Priority;
import org.cryopath.domain.model.referral.ReferralStatus;
import org.cryopath.domain.model.referral.TargetOrgan;

/**
 * The enumerated values of the JSON contract. They mirror the domain's enums by name but are the API's own, so a
 * change inside the clinic's model does not silently change what other systems must send (a unit test keeps the
 * two in step, and a new domain value becomes part of the API by a decision here).
 */
public final class ContractCodes {

    private ContractCodes() {
    }

    /** The organ whose tumour is referred. */
    public enum OrganCode {
        BREAST, BONE, KIDNEY, LIVER, LUNG, PROSTATE;

        TargetOrgan toDomain() {
            return TargetOrgan.valueOf(name());
        }

        static OrganCode of(TargetOrgan organ) {
            return valueOf(organ.name());
        }
    }

    /** The imaging guidance the referrer asks for (EITHER when left out). */
    public enum GuidanceCode {
        CT, ULTRASOUND, EITHER;

        GuidancePreference toDomain() {
            return GuidancePreference.valueOf(name());
        }

        static GuidanceCode of(GuidancePreference guidance) {
            return valueOf(guidance.name());
        }
    }

    /** How soon the patient must be seen (ROUTINE when left out). */
    public enum PriorityCode {
        ROUTINE, URGENT;

        Priority toDomain() {
            return Priority.valueOf(name());
        }

        static PriorityCode of(Priority priority) {
            return valueOf(priority.name());
        }
    }

    /**
     * The patient's language for emails, as an ISO 639-1 / BCP 47 language tag: lower case on the wire, as those
     * tags are written everywhere else (HL7 FHIR, HTTP); the constants are the tags themselves.
     */
    public enum LanguageCode {
        en, es;

        Language toDomain() {
            return Language.valueOf(name().toUpperCase(Locale.ROOT));
        }

        static LanguageCode of(Language language) {
            return valueOf(language.name().toLowerCase(Locale.ROOT));
        }
    }

    /** Where the referral stands in triage. */
    public enum StatusCode {
        RECEIVED, ACCEPTED, DECLINED, NEEDS_INFO;

        static StatusCode of(ReferralStatus status) {
            return valueOf(status.name());
        }
    }
}
