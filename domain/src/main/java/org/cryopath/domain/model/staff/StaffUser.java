package org.cryopath.domain.model.staff;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.cryopath.domain.shared.DomainException;
import org.cryopath.domain.shared.Require;

/**
 * A member of staff who signs in to CryoPath. The password is kept only as a PBKDF2 hash (made by the container's
 * {@code Pbkdf2PasswordHash}); the database identity store checks it. Wrong passwords are counted, and too many in
 * a row lock the account for a while.
 */
@Entity
@Table(name = "STAFF_USER")
public class StaffUser {

    public static final int USERNAME_MAX_LENGTH = 40;
    public static final int DISPLAY_NAME_MAX_LENGTH = 100;
    public static final int PASSWORD_MIN_LENGTH = 12;

    private static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{1,39}");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "staffUserIds")
    @SequenceGenerator(name = "staffUserIds", sequenceName = "STAFF_USER_SEQ", allocationSize = 50)
    private Long id;

    @Column(name = "USERNAME", length = USERNAME_MAX_LENGTH)
    private String username;

    @Column(name = "DISPLAY_NAME", length = DISPLAY_NAME_MAX_LENGTH)
    private String displayName;

    @Column(name = "PASSWORD_HASH", length = 500)
    private String passwordHash;

    @Column(name = "ENABLED")
    private boolean enabled;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "STAFF_USER_ROLE", joinColumns = @JoinColumn(name = "USER_ID"))
    @Enumerated(EnumType.STRING)
    @Column(name = "ROLE", length = 20)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(name = "FAILED_LOGINS")
    private int failedLogins;

    @Column(name = "LOCKED_UNTIL")
    private Instant lockedUntil;

    @Column(name = "LAST_LOGIN_AT")
    private Instant lastLoginAt;

    @Column(name = "CREATED_AT")
    private Instant createdAt;

    @Version
    private long version;

    protected StaffUser() {
    }

    /**
     * A new account. The caller checks the password against {@link #checkPassword} and hashes it; only the hash
     * reaches the aggregate.
     */
    public static StaffUser create(String username, String displayName, Set<Role> roles, String passwordHash,
            Instant now) {
        StaffUser user = new StaffUser();
        user.username = checkedUsername(username);
        user.displayName = Require.text(displayName, "displayName", DISPLAY_NAME_MAX_LENGTH);
        user.roles = checkedRoles(roles);
        user.passwordHash = Require.text(passwordHash, "password");
        user.enabled = true;
        user.createdAt = now;
        return user;
    }

    /** Usernames are compared in lower case: "Ana.Ruiz" and "ana.ruiz" are one account. */
    public static String normalizedUsername(String username) {
        return username == null ? null : username.strip().toLowerCase(Locale.ROOT);
    }

    private static String checkedUsername(String username) {
        String normalized = Require.text(normalizedUsername(username), "username", USERNAME_MAX_LENGTH);
        if (!USERNAME.matcher(normalized).matches()) {
            throw DomainException.invalid("username", "validation.username");
        }
        return normalized;
    }

    /** A password staff may choose: long enough to resist guessing, not the username. */
    public static void checkPassword(String password, String username) {
        if (password == null || password.isEmpty()) {
            throw DomainException.invalid("password", "validation.required");
        }
        if (password.length() < PASSWORD_MIN_LENGTH) {
            throw DomainException.invalid("password", "validation.password.tooShort", PASSWORD_MIN_LENGTH);
        }
        if (username != null && password.toLowerCase(Locale.ROOT).contains(normalizedUsername(username))) {
            throw DomainException.invalid("password", "validation.password.containsUsername");
        }
    }

    private static Set<Role> checkedRoles(Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw DomainException.invalid("roles", "validation.roles.none");
        }
        return EnumSet.copyOf(roles);
    }

    /** An administrator gave the account new roles. An administrator cannot take ADMIN away from themselves. */
    public void assignRoles(Set<Role> newRoles, String changedBy) {
        Set<Role> checked = checkedRoles(newRoles);
        if (username.equals(normalizedUsername(changedBy)) && roles.contains(Role.ADMIN) && !checked.contains(Role.ADMIN)) {
            throw DomainException.invalid("roles", "staff.roles.ownAdmin");
        }
        roles = checked;
    }

    /** An administrator set a new password (the user forgot theirs); it also lifts a lock. */
    public void resetPassword(String newPasswordHash) {
        passwordHash = Require.text(newPasswordHash, "password");
        failedLogins = 0;
        lockedUntil = null;
    }

    /** The person left or must not sign in any more; their history stays. */
    public void disable(String changedBy) {
        if (username.equals(normalizedUsername(changedBy))) {
            throw DomainException.refused("staff.disable.self");
        }
        enabled = false;
    }

    public void enable() {
        enabled = true;
        failedLogins = 0;
        lockedUntil = null;
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** A wrong password. Returns true when this failure locked the account. */
    public boolean loginFailed(Instant now, LockoutPolicy policy) {
        if (lockedUntil != null && !now.isBefore(lockedUntil)) {
            failedLogins = 0;
            lockedUntil = null;
        }
        failedLogins++;
        if (failedLogins >= policy.maxFailures() && lockedUntil == null) {
            lockedUntil = now.plus(policy.lockDuration());
            return true;
        }
        return false;
    }

    public void loginSucceeded(Instant now) {
        failedLogins = 0;
        lockedUntil = null;
        lastLoginAt = now;
    }

    /** What the audit log records of an account (never the password hash). */
    public Map<String, String> auditState() {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("username", username);
        state.put("displayName", displayName);
        state.put("roles", roles.stream().map(Enum::name).sorted().toList().toString());
        state.put("enabled", Boolean.toString(enabled));
        return state;
    }

    public long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public boolean enabled() {
        return enabled;
    }

    public Set<Role> roles() {
        return EnumSet.copyOf(roles.isEmpty() ? EnumSet.noneOf(Role.class) : roles);
    }

    public int failedLogins() {
        return failedLogins;
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }

    public Instant lastLoginAt() {
        return lastLoginAt;
    }
}
