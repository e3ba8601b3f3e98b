package org.cryopath.domain.shared;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An email address a message can be sent to: one local part, one domain with at least one dot, no spaces or
 * display names. The domain is kept in lower case; the local part as given (some servers treat it case-sensitively).
 */
@Embeddable
@Access(AccessType.FIELD)
public class EmailAddress {

    public static final int MAX_LENGTH = 254;

    private static final Pattern SHAPE = Pattern.compile(
            "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}");

    @Column(name = "EMAIL", length = MAX_LENGTH)
    private String value;

    protected EmailAddress() {
    }

    private EmailAddress(String value) {
        this.value = value;
    }

    /** Parses an address typed by a person; the field name goes into the error. */
    public static EmailAddress of(String text, String field) {
        String candidate = Require.text(text, field);
        if (candidate.length() > MAX_LENGTH || !SHAPE.matcher(candidate).matches()
                || candidate.substring(0, candidate.indexOf('@')).length() > 64) {
            throw DomainException.invalid(field, "validation.email");
        }
        int at = candidate.lastIndexOf('@');
        return new EmailAddress(candidate.substring(0, at) + "@" + candidate.substring(at + 1).toLowerCase(Locale.ROOT));
    }

    public static EmailAddress of(String text) {
        return of(text, "email");
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EmailAddress that && Objects.equals(value, that.value);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(value);
    }

    /** Redacted: the value is patient data and must never reach a log by accident. Use {@link #value()}. */
    @Override
    public String toString() {
        return "EmailAddress[***]";
    }
}
