package org.cryopath.web.interfaces.rest;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;
import org.cryopath.scheduling.application.ReferralReceipt;
import org.cryopath.web.interfaces.rest.ContractCodes.StatusCode;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to {@code POST /api/v1/referrals}: where the referral is stored, and what staff should check. */
@Schema(name = "ReferralCreated")
@JsonbPropertyOrder({"referralId", "patientId", "status", "receivedAt", "newPatient", "lookAlikes"})
public record ReferralCreated(
        @Schema(description = "Id of the referral; GET /api/v1/referrals/{referralId} reads it") long referralId,
        @Schema(description = "Id of the patient the referral is stored under") long patientId,
        @Schema(type = SchemaType.STRING, description = "Where the referral stands in triage (RECEIVED when new)")
        StatusCode status,
        @Schema(type = SchemaType.STRING, format = "date-time", description = "When the clinic received it (UTC)",
                example = "2026-11-25T14:03:07.214Z") String receivedAt,
        @Schema(description = "Whether the MRN was new to the clinic (false: a returning patient, recognised by MRN)")
        boolean newPatient,
        @Schema(description = "Other patients with the same name and date of birth under another MRN: possibly the "
                + "same person twice. Never merged; for staff to check.") List<LookAlike> lookAlikes) {

    /** Another patient with the same name and date of birth. */
    @Schema(name = "LookAlikePatient")
    @JsonbPropertyOrder({"patientId", "mrn"})
    public record LookAlike(long patientId, String mrn) {
    }

    static ReferralCreated of(ReferralReceipt receipt, StatusCode status, Instant receivedAt) {
        return new ReferralCreated(receipt.referralId(), receipt.patientId(), status, receivedAt.toString(),
                receipt.newPatient(),
                receipt.lookAlikes().stream().map(l -> new LookAlike(l.patientId(), l.mrn())).toList());
    }
}
