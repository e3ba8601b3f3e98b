package org.cryopath.domain.persistence;

/**
 * The database named by the configuration cannot be used, and CryoPath refuses to start rather than run half
 * started: the URL reaches no database, the login is refused, the product is not one CryoPath has migrations for,
 * or the schema was written by a newer CryoPath. The message is one line that names the configuration key to fix
 * and never echoes a password.
 *
 * <p>It carries no stack trace: it is a verdict on the configuration, not a fault in the code, and the line is
 * what IT needs to read.
 */
public final class DatabaseRefused extends RuntimeException {

    private final String key;

    public DatabaseRefused(String key, String problem) {
        super("CryoPath refuses to start: " + key + " " + problem, null, false, false);
        this.key = key;
    }

    /** The configuration key (or keys) to fix, e.g. {@code cryopath.jdbc.url}. */
    public String key() {
        return key;
    }
}
