package org.cryopath.domain.infrastructure.logging;

/**
 * The id of the request being served on this thread, for log lines that must say which request they are about
 * (an expected conflict, an incident). The web tier sets it for every HTTP request (echoed to the caller in the
 * {@code X-Request-Id} header) and clears it afterwards; local session bean calls run on the caller's thread.
 */
public final class RequestId {

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private RequestId() {
    }

    /** The current request's id, or {@code "-"} for work no request started (timers, start-up). */
    public static String current() {
        String id = CURRENT.get();
        return id == null ? "-" : id;
    }

    public static void set(String id) {
        CURRENT.set(id);
    }

    public static void clear() {
        CURRENT.remove();
    }
}
