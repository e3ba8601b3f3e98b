package org.cryopath.scheduling.application;

import java.time.LocalDate;
import org.cryopath.domain.model.patient.Language;
import org.cryopath.domain.model.referral.GuidancePreference;
import org.cryopath.domain.model.referral.Priority;
import org.cryopath.domain.model.referral.TargetOrgan;

/**
 * A referral as the front desk types it or another system posts it: raw values, checked by
 * {@link ReferralService#register}, which reports every faulty field at once under the names used here
 * ({@code patient.email}, {@code referrer.phone}, {@code targetOrgan}).
 *
 * <p>The anticoagulation and diabetes flags are required: they decide medication holds and fasting, so a flag nobody
 * stated is refused rather than taken as "no" (a form's checkbox always states one).
 */
public record ReferralIntake(
        PatientDetails patient,
        ReferrerDetails referrer,
        TargetOrgan targetOrgan,
        String indication,
        GuidancePreference requestedGuidance,
        Priority priority,
        Boolean anticoagulated,
        Boolean diabetic) {

    /** Who the patient is and how to reach them. */
    public record PatientDetails(String mrn, String givenName, String familyName, LocalDate dateOfBirth,
            String email, String phone, Language preferredLanguage) {
    }

    /** The referring clinician. */
    public record ReferrerDetails(String name, String practice, String phone, String email) {
    }
}
