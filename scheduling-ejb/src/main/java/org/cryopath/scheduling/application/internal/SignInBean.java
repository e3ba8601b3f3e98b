package org.cryopath.scheduling.application.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import org.cryopath.domain.infrastructure.audit.AuditTrail;
import org.cryopath.domain.model.staff.LockoutPolicy;
import org.cryopath.domain.model.staff.StaffUser;
import org.cryopath.scheduling.application.SignIn;
import org.eclipse.microprofile.config.inject.ConfigProperty;

@Stateless
// Signing in happens before anyone is signed in: the web tier's authentication mechanism is the only caller.
@PermitAll
public class SignInBean implements SignIn {

    /** The actor of an attempt with a username no account has (the text typed is not kept: it may be a password). */
    static final String UNKNOWN = "(unknown user)";

    @PersistenceContext(unitName = "cryopath")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    StaffCredentials credentials;

    @Inject
    @ConfigProperty(name = "cryopath.login.max-failures", defaultValue = "5")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "cryopath.login.lock-minutes", defaultValue = "15")
    long lockMinutes;

    @Override
    public Verification verify(String username, String password) {
        StaffUser user = find(username, false);
        CredentialCheck.Account account = user == null ? null : new CredentialCheck.Account(user.username(),
                user.passwordHash(), user.enabled(), user.lockedUntil(), user.roles());
        CredentialCheck.Outcome outcome = credentials.check().check(account, StaffUser.normalizedUsername(username),
                password, clock.instant());
        return new Verification(outcome.valid(), outcome.username(),
                outcome.roles().stream().map(Enum::name).collect(Collectors.toUnmodifiableSet()));
    }

    @Override
    public boolean isLocked(String username) {
        StaffUser user = find(username, false);
        boolean locked = user != null && user.isLockedAt(clock.instant());
        if (locked) {
            audit.recordAs(user.username(), "login.refusedLocked", "StaffUser", user.id(), null, null, Map.of());
        }
        return locked;
    }

    @Override
    public boolean failed(String username) {
        StaffUser user = find(username, true);
        if (user == null) {
            audit.recordAs(UNKNOWN, "login.failedUnknownUser", "StaffUser", null, null, null, Map.of());
            return false;
        }
        boolean lockedNow = user.loginFailed(clock.instant(), new LockoutPolicy(maxFailures, Duration.ofMinutes(lockMinutes)));
        if (lockedNow) {
            credentials.check().forget(user.username());
        }
        audit.recordAs(user.username(), lockedNow ? "login.locked" : "login.failed", "StaffUser", user.id(), null, null,
                Map.of("failedLogins", Integer.toString(user.failedLogins())));
        return lockedNow;
    }

    @Override
    public void succeeded(String username) {
        StaffUser user = find(username, true);
        if (user != null) {
            user.loginSucceeded(clock.instant());
            audit.recordAs(user.username(), "login.succeeded", "StaffUser", user.id(), null, null, Map.of());
        }
    }

    @Override
    public void callSignedIn(String username) {
        StaffUser unlocked = find(username, false);
        if (unlocked == null || unlocked.failedLogins() == 0) {
            return;
        }
        succeeded(username);
    }

    /** With {@code lock}, concurrent attempts for one account are counted one after the other. */
    private StaffUser find(String username, boolean lock) {
        return em.createQuery("SELECT u FROM StaffUser u WHERE u.username = :username", StaffUser.class)
                .setParameter("username", StaffUser.normalizedUsername(username))
                .setLockMode(lock ? LockModeType.PESSIMISTIC_WRITE : LockModeType.NONE)
                .getResultStream().findFirst().orElse(null);
    }
}
