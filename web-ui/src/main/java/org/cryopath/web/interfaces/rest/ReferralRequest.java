package org.cryopath.web.interfaces.rest;

import java.text.Normalizer;
import java.time.LocalDate;
import org.cryopath.scheduling.application.ReferralIntake;
import org.cryopath.web.interfaces.rest.ContractCodes.GuidanceCode;
import org.cryopath.web.interfaces.rest.ContractCodes.LanguageCode;
import org.cryopath.web.interfaces.rest.ContractCodes.OrganCode;
import org.cryopath.web.interfaces.rest.ContractCodes.PriorityCode;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code POST /api/v1/referrals}: the JSON contract, member by member. Its shape is checked by
 * {@link JsonContract} (400); required values, lengths and formats by the referral service (422).
 */
@Schema(name = "ReferralRequest", description = "A referral for cryoablation. Unknown members are refused.",
        requiredProperties = {"patient", "referrer", "targetOrgan", "anticoagulated", "diabetic"})
public record ReferralRequest(
        Patient patient,
        Referrer referrer,
        @Schema(type = SchemaType.STRING, description = "The organ whose tumour is referred") OrganCode targetOrgan,
        @Schema(description = "Clinical indication, free text", maxLength = 2000,
                example = "3.1 cm exophytic renal mass, left lower pole") String indication,
        @Schema(type = SchemaType.STRING, description = "Imaging guidance asked for; EITHER when left out")
        GuidanceCode requestedGuidance,
        @Schema(type = SchemaType.STRING, description = "ROUTINE when left out") PriorityCode priority,
        @Schema(description = "Takes anticoagulants or antiplatelets. Required: a flag left out is not taken as false")
        Boolean anticoagulated,
        @Schema(description = "Has diabetes. Required: a flag left out is not taken as false") Boolean diabetic) {

    /** The patient; recognised by MRN if the clinic knows them. */
    @Schema(name = "ReferralRequestPatient",
            requiredProperties = {"mrn", "givenName", "familyName", "dateOfBirth", "email", "preferredLanguage"})
    public record Patient(
            @Schema(description = "Medical record number: letters, digits and dashes; case does not matter",
                    maxLength = 20, example = "MRN-20417") String mrn,
            @Schema(maxLength = 100, example = "Grace") String givenName,
            @Schema(maxLength = 100, example = "Okafor") String familyName,
            @Schema(type = SchemaType.STRING, format = "date", description = "ISO 8601 date, yyyy-MM-dd",
                    example = "1961-07-04") @IsoDate String dateOfBirth,
            @Schema(description = "Where the patient's emails go", maxLength = 254, example = "grace.okafor@example.org")
            String email,
            @Schema(description = "6 to 15 digits; spaces, dashes, brackets and a leading + are fine", maxLength = 32,
                    example = "+1 555 014 1001") String phone,
            @Schema(type = SchemaType.STRING, description = "Language of the patient's emails: an ISO 639-1 tag, lower case")
            LanguageCode preferredLanguage) {
    }

    /** The referring clinician, who the clinic calls back with questions. */
    @Schema(name = "ReferralRequestReferrer", requiredProperties = {"name", "phone"})
    public record Referrer(
            @Schema(maxLength = 120, example = "Dr. Morgan Lee") String name,
            @Schema(maxLength = 120, example = "Harbour Oncology") String practice,
            @Schema(maxLength = 32, example = "+1 555 010 2200") String phone,
            @Schema(maxLength = 254, example = "referrals@harbour-oncology.example.org") String email) {
    }

    /**
     * The same request with every text in Unicode normalization form C, so that "José" typed with a combining
     * accent is the same name as the precomposed one (look-alike checks and fingerprints compare exact text).
     */
    ReferralRequest normalized() {
        Patient p = patient == null ? null : new Patient(nfc(patient.mrn), nfc(patient.givenName),
                nfc(patient.familyName), patient.dateOfBirth, nfc(patient.email), nfc(patient.phone),
                patient.preferredLanguage);
        Referrer r = referrer == null ? null : new Referrer(nfc(referrer.name), nfc(referrer.practice),
                nfc(referrer.phone), nfc(referrer.email));
        return new ReferralRequest(p, r, targetOrgan, nfc(indication), requestedGuidance, priority, anticoagulated,
                diabetic);
    }

    /** The referral service's command; values are passed on as sent, for the service to check (dates are valid). */
    ReferralIntake toIntake() {
        return new ReferralIntake(
                patient == null ? null : new ReferralIntake.PatientDetails(patient.mrn, patient.givenName,
                        patient.familyName, patient.dateOfBirth == null ? null : LocalDate.parse(patient.dateOfBirth),
                        patient.email, patient.phone,
                        patient.preferredLanguage == null ? null : patient.preferredLanguage.toDomain()),
                referrer == null ? null : new ReferralIntake.ReferrerDetails(referrer.name, referrer.practice,
                        referrer.phone, referrer.email),
                targetOrgan == null ? null : targetOrgan.toDomain(),
                indication,
                requestedGuidance == null ? null : requestedGuidance.toDomain(),
                priority == null ? null : priority.toDomain(),
                anticoagulated,
                diabetic);
    }

    private static String nfc(String text) {
        return text == null ? null : Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
