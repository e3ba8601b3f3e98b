package org.cryopath.scheduling.application.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.cryopath.domain.infrastructure.audit.AuditTrail;
import org.cryopath.domain.model.staff.Role;
import org.cryopath.domain.model.staff.StaffUser;
import org.cryopath.domain.shared.DomainException;
import org.cryopath.domain.shared.Violations;
import org.cryopath.scheduling.application.NewStaffAccount;
import org.cryopath.scheduling.application.Page;
import org.cryopath.scheduling.application.StaffAccount;
import org.cryopath.scheduling.application.StaffAdministration;

@Stateless
@LocalBean
public class StaffAdministrationBean implements StaffAdministration {

    @PersistenceContext(unitName = "cryopath")
    EntityManager em;

    @Inject
    PasswordHashing passwords;

    /** Remembered password checks: a reset or a disable forgets the account's at once. */
    @Inject
    StaffCredentials credentials;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** By username, the order of its unique index. */
    @Override
    @RolesAllowed("ADMIN")
    public Page<StaffAccount> accounts(int first, int pageSize) {
        List<StaffAccount> rows = em.createQuery("SELECT u FROM StaffUser u ORDER BY u.username", StaffUser.class)
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, Math.min(pageSize, MAX_PAGE_SIZE)))
                .getResultStream().map(this::view).toList();
        return new Page<>(rows, count());
    }

    @Override
    @RolesAllowed("ADMIN")
    public StaffAccount create(NewStaffAccount account) {
        return createAccount(account);
    }

    /**
     * Creates an account without asking who is signed in: for start-up ({@link StaffBootstrap}), where nobody is.
     * Not part of the {@link StaffAdministration} view that the interfaces use.
     */
    // Start-up only (StaffBootstrap), before anyone can sign in; the StaffAdministration view has no such method.
    @PermitAll
    public StaffAccount createAccount(NewStaffAccount account) {
        Violations violations = new Violations();
        violations.check(() -> {
            StaffUser.checkPassword(account.password(), account.username());
            return null;
        });
        StaffUser user = violations.check(() -> StaffUser.create(account.username(), account.displayName(),
                account.roles(), "pending", clock.instant()));
        violations.throwIfAny();
        if (findByUsername(user.username()) != null) {
            throw DomainException.invalid("username", "staff.username.taken");
        }
        user.resetPassword(passwords.hash(account.password()));
        em.persist(user);
        em.flush();
        audit.record("staff.created", "StaffUser", user.id(), null, null, user.auditState());
        return view(user);
    }

    @Override
    @RolesAllowed("ADMIN")
    public StaffAccount assignRoles(long accountId, Set<Role> roles) {
        return change(accountId, "staff.rolesAssigned", user -> user.assignRoles(roles, audit.actor()));
    }

    @Override
    @RolesAllowed("ADMIN")
    public StaffAccount resetPassword(long accountId, String newPassword) {
        StaffUser user = load(accountId);
        StaffUser.checkPassword(newPassword, user.username());
        String hash = passwords.hash(newPassword);
        credentials.check().forget(user.username());
        return change(accountId, "staff.passwordReset", account -> account.resetPassword(hash));
    }

    @Override
    @RolesAllowed("ADMIN")
    public StaffAccount disable(long accountId) {
        return change(accountId, "staff.disabled", user -> {
            user.disable(audit.actor());
            credentials.check().forget(user.username());
        });
    }

    @Override
    @RolesAllowed("ADMIN")
    public StaffAccount enable(long accountId) {
        return change(accountId, "staff.enabled", StaffUser::enable);
    }

    @Override
    @RolesAllowed({"FRONT_DESK", "CLINICAL", "ADMIN"})
    public String displayNameOf(String username) {
        StaffUser user = findByUsername(StaffUser.normalizedUsername(username));
        return user == null ? username : user.displayName();
    }

    private StaffAccount change(long accountId, String action, Consumer<StaffUser> change) {
        StaffUser user = load(accountId);
        Map<String, String> before = user.auditState();
        change.accept(user);
        audit.record(action, "StaffUser", user.id(), null, before, user.auditState());
        return view(user);
    }

    private StaffUser load(long accountId) {
        StaffUser user = em.find(StaffUser.class, accountId);
        if (user == null) {
            throw DomainException.refused("staff.notFound");
        }
        return user;
    }

    private StaffUser findByUsername(String username) {
        return em.createQuery("SELECT u FROM StaffUser u WHERE u.username = :username", StaffUser.class)
                .setParameter("username", username)
                .getResultStream().findFirst().orElse(null);
    }

    // Start-up only (StaffBootstrap): whether the installation has any account yet.
    @PermitAll
    public long count() {
        return em.createQuery("SELECT COUNT(u) FROM StaffUser u", Long.class).getSingleResult();
    }

    private StaffAccount view(StaffUser user) {
        return new StaffAccount(user.id(), user.username(), user.displayName(), user.roles(), user.enabled(),
                user.isLockedAt(clock.instant()), user.lastLoginAt());
    }
}
