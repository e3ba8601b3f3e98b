package org.cryopath.web.interfaces.rest;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.cryopath.scheduling.application.PatientSummary;
import org.cryopath.scheduling.application.ReferralDetails;
import org.cryopath.web.interfaces.rest.ContractCodes.GuidanceCode;
import org.cryopath.web.interfaces.rest.ContractCodes.LanguageCode;
import org.cryopath.web.interfaces.rest.ContractCodes.OrganCode;
import org.cryopath.web.interfaces.rest.ContractCodes.PriorityCode;
import org.cryopath.web.interfaces.rest.ContractCodes.StatusCode;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A referral as stored ({@code GET /api/v1/referrals/{id}}), in the request's terms. Absent values are left out. */
@Schema(name = "Referral")
@JsonbPropertyOrder({"referralId", "status", "receivedAt", "patient", "referrer", "targetOrgan", "indication",
        "requestedGuidance", "priority", "anticoagulated", "diabetic"})
public record ReferralView(
        long referralId,
        @Schema(type = SchemaType.STRING) StatusCode status,
        @Schema(type = SchemaType.STRING, format = "date-time", description = "When the clinic received it (UTC)")
        String receivedAt,
        Patient patient,
        Referrer referrer,
        @Schema(type = SchemaType.STRING) OrganCode targetOrgan,
        String indication,
        @Schema(type = SchemaType.STRING) GuidanceCode requestedGuidance,
        @Schema(type = SchemaType.STRING) PriorityCode priority,
        boolean anticoagulated,
        boolean diabetic) {

    /** The patient as the clinic has them on file (contact details as of the latest referral). */
    @Schema(name = "ReferralPatient")
    @JsonbPropertyOrder({"patientId", "mrn", "givenName", "familyName", "dateOfBirth", "email", "phone",
            "preferredLanguage"})
    public record Patient(long patientId, String mrn, String givenName, String familyName,
            @Schema(type = SchemaType.STRING, format = "date") String dateOfBirth, String email, String phone,
            @Schema(type = SchemaType.STRING) LanguageCode preferredLanguage) {
    }

    /** The referring clinician. */
    @Schema(name = "ReferralReferrer")
    @JsonbPropertyOrder({"name", "practice", "phone", "email"})
    public record Referrer(String name, String practice, String phone, String email) {
    }

    static ReferralView of(ReferralDetails details) {
        PatientSummary p = details.patient();
        ReferralDetails.Referrer r = details.referrer();
        return new ReferralView(details.referralId(), StatusCode.of(details.status()), details.receivedAt().toString(),
                new Patient(p.id(), p.mrn(), p.givenName(), p.familyName(), p.dateOfBirth().toString(), p.email(), p.phone(),
                        LanguageCode.of(p.preferredLanguage())),
                new Referrer(r.name(), r.practice(), r.phone(), r.email()),
                OrganCode.of(details.targetOrgan()), details.indication(),
                GuidanceCode.of(details.requestedGuidance()), PriorityCode.of(details.priority()),
                details.anticoagulated(), details.diabetic());
    }
}
