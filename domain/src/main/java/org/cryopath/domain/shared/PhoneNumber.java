package org.cryopath.domain.shared;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A telephone number as staff dial it: digits with the usual separators, an optional leading {@code +}, and
 * between 6 and 15 digits (E.164 allows at most 15). Kept as typed, so it reads the way the clinic wrote it.
 */
@Embeddable
@Access(AccessType.FIELD)
public class PhoneNumber {

    public static final int MAX_LENGTH = 32;

    private static final Pattern SHAPE = Pattern.compile("\\+?[0-9 ().\\-/]+");

    @Column(name = "PHONE", length = MAX_LENGTH)
    private String value;

    protected PhoneNumber() {
    }

    private PhoneNumber(String value) {
        this.value = value;
    }

    public static PhoneNumber of(String text, String field) {
        String candidate = Require.text(text, field, MAX_LENGTH);
        long digits = candidate.chars().filter(Character::isDigit).count();
        if (!SHAPE.matcher(candidate).matches() || digits < 6 || digits > 15) {
            throw DomainException.invalid(field, "validation.phone");
        }
        return new PhoneNumber(candidate);
    }

    /** The number, or null when nothing was typed. */
    public static PhoneNumber optional(String text, String field) {
        return text == null || text.isBlank() ? null : of(text, field);
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PhoneNumber that && Objects.equals(value, that.value);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(value);
    }

    /** Redacted: the value is patient data and must never reach a log by accident. Use {@link #value()}. */
    @Override
    public String toString() {
        return "PhoneNumber[***]";
    }
}
