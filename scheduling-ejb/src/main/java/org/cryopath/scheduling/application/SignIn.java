package org.cryopath.scheduling.application;

import jakarta.ejb.Local;
import java.util.Set;

/**
 * What the login keeps of sign-in attempts: too many wrong passwords in a row lock an account for a while
 * ({@code cryopath.login.max-failures}, {@code cryopath.login.lock-minutes}); every attempt is audited. The
 * password is checked by {@link #verify}, which the web tier's identity store calls.
 */
@Local
public interface SignIn {

    /** A checked username and password: valid with the account's roles (role names), or not. */
    record Verification(boolean valid, String username, Set<String> roles) {
    }

    /**
     * Checks a username and password. Costs the same whether or not the account exists (so timing does not tell
     * which accounts do), and remembers a success for a few minutes ({@code cryopath.login.remember-seconds}) while
     * the account's password, lock and enabled state stay as they were. Does not count failures: see {@link #failed}.
     */
    Verification verify(String username, String password);

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
