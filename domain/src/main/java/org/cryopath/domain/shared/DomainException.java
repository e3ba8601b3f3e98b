package org.cryopath.domain.shared;

import java.util.List;
import java.util.Optional;

/**
 * A rule of the clinic refused what was asked. It names the message to show (a key in the bundles of the
 * interface that shows it) and, where the fault lies in one input, the field it belongs to.
 *
 * <p>Arguments must never carry patient data: the message text also reaches server logs.
 */
public class DomainException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String messageKey;
    private final List<Object> arguments;

    protected DomainException(String field, String messageKey, Object... arguments) {
        super(messageKey + (field == null ? "" : " [" + field + "]"));
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    /** An input value that can never be right, whatever the state of the clinic. */
    public static DomainException invalid(String field, String messageKey, Object... arguments) {
        return new DomainException(field, messageKey, arguments);
    }

    /** A move the current state does not allow (an illegal transition, a conflicting booking). */
    public static DomainException refused(String messageKey, Object... arguments) {
        return new DomainException(null, messageKey, arguments);
    }

    /** The same error for a field nested under {@code prefix} ("email" under "patient" is "patient.email"). */
    public DomainException under(String prefix) {
        if (field == null || field.startsWith(prefix + ".")) {
            return this;
        }
        return new DomainException(prefix + "." + field, messageKey, arguments.toArray());
    }

    /**
     * Each fault this refusal names, one by one: itself, or for a refusal of several inputs at once
     * ({@link InvalidInputException}) each of them.
     */
    public List<DomainException> violations() {
        return List.of(this);
    }

    public Optional<String> field() {
        return Optional.ofNullable(field);
    }

    public String messageKey() {
        return messageKey;
    }

    public List<Object> arguments() {
        return arguments;
    }
}
