package org.cryopath.domain.shared;

/** Guards for value objects and aggregates: each failure names its field and the message to show. */
public final class Require {

    private Require() {
    }

    /** The value, trimmed; refused when absent or blank. */
    public static String text(String value, String field) {
        if (value == null || value.isBlank()) {
            throw DomainException.invalid(field, "validation.required");
        }
        return value.strip();
    }

    /** The value, trimmed; refused when absent, blank or longer than {@code maxLength}. */
    public static String text(String value, String field, int maxLength) {
        String text = text(value, field);
        return maxLength(text, field, maxLength);
    }

    /** The value trimmed, or null when absent or blank; refused when longer than {@code maxLength}. */
    public static String optionalText(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return maxLength(value.strip(), field, maxLength);
    }

    public static <T> T present(T value, String field) {
        if (value == null) {
            throw DomainException.invalid(field, "validation.required");
        }
        return value;
    }

    private static String maxLength(String text, String field, int maxLength) {
        if (text.length() > maxLength) {
            throw DomainException.invalid(field, "validation.tooLong", maxLength);
        }
        return text;
    }
}
