package org.cryopath.domain.model.referral;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import java.util.Objects;
import org.cryopath.domain.shared.EmailAddress;
import org.cryopath.domain.shared.PhoneNumber;
import org.cryopath.domain.shared.Require;

/** Who referred the patient, and how the clinic reaches them with questions. */
@Embeddable
@Access(AccessType.FIELD)
public class ReferringClinician {

    public static final int MAX_LENGTH = 120;

    @Column(name = "REFERRER_NAME", length = MAX_LENGTH)
    private String name;

    @Column(name = "REFERRER_PRACTICE", length = MAX_LENGTH)
    private String practice;

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "REFERRER_PHONE"))
    private PhoneNumber phone;

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "REFERRER_EMAIL"))
    private EmailAddress email;

    protected ReferringClinician() {
    }

    private ReferringClinician(String name, String practice, PhoneNumber phone, EmailAddress email) {
        this.name = name;
        this.practice = practice;
        this.phone = phone;
        this.email = email;
    }

    /** Name and phone are needed to call back; practice and email are welcome. */
    public static ReferringClinician of(String name, String practice, PhoneNumber phone, EmailAddress email) {
        return new ReferringClinician(
                Require.text(name, "referrer.name", MAX_LENGTH),
                Require.optionalText(practice, "referrer.practice", MAX_LENGTH),
                Require.present(phone, "referrer.phone"),
                email);
    }

    public String name() {
        return name;
    }

    public String practice() {
        return practice;
    }

    public PhoneNumber phone() {
        return phone;
    }

    public EmailAddress email() {
        return email;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ReferringClinician that && Objects.equals(name, that.name)
                && Objects.equals(practice, that.practice) && Objects.equals(phone, that.phone)
                && Objects.equals(email, that.email);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, practice, phone, email);
    }
}
