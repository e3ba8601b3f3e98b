package org.cryopath.web.interfaces.faces.referral;

import java.io.Serializable;
import java.time.LocalDate;
import org.cryopath.domain.model.patient.Language;
import org.cryopath.domain.model.referral.GuidancePreference;
import org.cryopath.domain.model.referral.Priority;
import org.cryopath.domain.model.referral.TargetOrgan;
import org.cryopath.scheduling.application.ReferralIntake;

/** What the referral form holds while the front desk types; checked by the referral service on submit. */
public class ReferralForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String mrn;
    private String givenName;
    private String familyName;
    private LocalDate dateOfBirth;
    private String email;
    private String phone;
    private Language preferredLanguage = Language.EN;
    private String referrerName;
    private String referrerPractice;
    private String referrerPhone;
    private String referrerEmail;
    private TargetOrgan targetOrgan;
    private String indication;
    private GuidancePreference requestedGuidance = GuidancePreference.EITHER;
    private Priority priority = Priority.ROUTINE;
    private boolean anticoagulated;
    private boolean diabetic;

    ReferralIntake toIntake() {
        return new ReferralIntake(
                new ReferralIntake.PatientDetails(mrn, givenName, familyName, dateOfBirth, email, phone, preferredLanguage),
                new ReferralIntake.ReferrerDetails(referrerName, referrerPractice, referrerPhone, referrerEmail),
                targetOrgan, indication, requestedGuidance, priority, anticoagulated, diabetic);
    }

    public String getMrn() {
        return mrn;
    }

    public void setMrn(String mrn) {
        this.mrn = mrn;
    }

    public String getGivenName() {
        return givenName;
    }

    public void setGivenName(String givenName) {
        this.givenName = givenName;
    }

    public String getFamilyName() {
        return familyName;
    }

    public void setFamilyName(String familyName) {
        this.familyName = familyName;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public void setDateOfBirth(LocalDate dateOfBirth) {
        this.dateOfBirth = dateOfBirth;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public Language getPreferredLanguage() {
        return preferredLanguage;
    }

    public void setPreferredLanguage(Language preferredLanguage) {
        this.preferredLanguage = preferredLanguage;
    }

    public String getReferrerName() {
        return referrerName;
    }

    public void setReferrerName(String referrerName) {
        this.referrerName = referrerName;
    }

    public String getReferrerPractice() {
        return referrerPractice;
    }

    public void setReferrerPractice(String referrerPractice) {
        this.referrerPractice = referrerPractice;
    }

    public String getReferrerPhone() {
        return referrerPhone;
    }

    public void setReferrerPhone(String referrerPhone) {
        this.referrerPhone = referrerPhone;
    }

    public String getReferrerEmail() {
        return referrerEmail;
    }

    public void setReferrerEmail(String referrerEmail) {
        this.referrerEmail = referrerEmail;
    }

    public TargetOrgan getTargetOrgan() {
        return targetOrgan;
    }

    public void setTargetOrgan(TargetOrgan targetOrgan) {
        this.targetOrgan = targetOrgan;
    }

    public String getIndication() {
        return indication;
    }

    public void setIndication(String indication) {
        this.indication = indication;
    }

    public GuidancePreference getRequestedGuidance() {
        return requestedGuidance;
    }

    public void setRequestedGuidance(GuidancePreference requestedGuidance) {
        this.requestedGuidance = requestedGuidance;
    }

    public Priority getPriority() {
        return priority;
    }

    public void setPriority(Priority priority) {
        this.priority = priority;
    }

    public boolean isAnticoagulated() {
        return anticoagulated;
    }

    public void setAnticoagulated(boolean anticoagulated) {
        this.anticoagulated = anticoagulated;
    }

    public boolean isDiabetic() {
        return diabetic;
    }

    public void setDiabetic(boolean diabetic) {
        this.diabetic = diabetic;
    }
}
