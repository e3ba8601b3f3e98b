package org.cryopath.domain.shared;

/**
 * Another transaction changed the same records at the same moment (a duplicate key, a row changed since it was
 * read, a deadlock or a lock not granted in time), so nothing of this one was stored. It is expected under parallel
 * use: the services try such work again a few times before this reaches a person or a calling system, who may
 * simply repeat the request. Never logged with a stack trace.
 */
public class ConcurrentChange extends DomainException {

    private static final long serialVersionUID = 1L;

    public static final String MESSAGE_KEY = "conflict.concurrent";

    /** What the database reported, for the log line (SQL state or exception class; never data). */
    private final String reason;

    public ConcurrentChange(String reason) {
        super(null, MESSAGE_KEY);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
