package org.cryopath.scheduling.application;

import jakarta.ejb.Local;

/**
 * What the login keeps of sign-in attempts: too many wrong passwords in a row lock an account for a while
 * ({@code cryopath.login.max-failures}, {@code cryopath.login.lock-minutes}); every attempt is audited. The
 * password itself is checked by the container's identity store, never here.
 */
@Local
public interface SignIn {

    /** True when the account may not sign in now (locked). Unknown usernames are not locked. */
    boolean isLocked(String username);

    /** A wrong password (or an unknown user). Returns true when this attempt locked the account. */
    boolean failed(String username);

    void succeeded(String username);

    /**
     * A call of the API signed in (HTTP Basic signs in on every call): it ends a run of wrong passwords, so the
     * lockout counts wrong passwords in a row as for the dashboard. Audited only when it ends such a run.
     */
    void callSignedIn(String username);
}
