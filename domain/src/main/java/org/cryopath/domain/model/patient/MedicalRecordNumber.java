package org.cryopath.domain.model.patient;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.cryopath.domain.shared.DomainException;
import org.cryopath.domain.shared.Require;

/**
 * The hospital's medical record number: the one identifier by which CryoPath recognises a patient it has seen
 * before. Letters, digits and dashes; kept in upper case so "ab-12" and "AB-12" are the same record.
 */
@Embeddable
@Access(AccessType.FIELD)
public class MedicalRecordNumber {

    public static final int MAX_LENGTH = 20;

    /** Checked before upper-casing: "ſ" or "ı" would otherwise become an ASCII "S" or "I" and pass. */
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]*");

    @Column(name = "MRN", length = MAX_LENGTH)
    private String value;

    protected MedicalRecordNumber() {
    }

    private MedicalRecordNumber(String value) {
        this.value = value;
    }

    public static MedicalRecordNumber of(String text, String field) {
        String candidate = Require.text(text, field, MAX_LENGTH);
        if (!SHAPE.matcher(candidate).matches()) {
            throw DomainException.invalid(field, "validation.mrn");
        }
        return new MedicalRecordNumber(candidate.toUpperCase(Locale.ROOT));
    }

    public static MedicalRecordNumber of(String text) {
        return of(text, "mrn");
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MedicalRecordNumber that && Objects.equals(value, that.value);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(value);
    }

    /** Redacted: the value is patient data and must never reach a log by accident. Use {@link #value()}. */
    @Override
    public String toString() {
        return "MedicalRecordNumber[***]";
    }
}
