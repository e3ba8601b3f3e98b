package org.cryopath.web.interfaces.rest;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * A copy of a failure for the server log without its messages: each exception's class and stack frames, and its
 * causes, but none of the texts, which may carry patient data.
 */
final class Redacted extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private Redacted(Throwable original, Throwable cause) {
        super(original.getClass().getName() + " (message withheld: it may contain patient data)", cause, false, true);
        setStackTrace(original.getStackTrace());
    }

    static Redacted of(Throwable failure) {
        return copy(failure, new IdentityHashMap<>());
    }

    private static Redacted copy(Throwable failure, Map<Throwable, Boolean> seen) {
        seen.put(failure, Boolean.TRUE);
        Throwable cause = failure.getCause();
        Redacted redactedCause = cause == null || seen.containsKey(cause) ? null : copy(cause, seen);
        return new Redacted(failure, redactedCause);
    }
}
