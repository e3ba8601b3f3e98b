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
}
