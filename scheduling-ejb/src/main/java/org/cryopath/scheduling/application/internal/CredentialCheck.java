package org.cryopath.scheduling.application.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.cryopath.domain.model.staff.Role;

/**
 * Checks a username and password against the stored PBKDF2 hash, at the same cost whether or not the account exists,
 * and remembers a successful check for a few minutes so that an integration calling the API with HTTP Basic does not
 * pay 210,000 PBKDF2 iterations on every call.
 *
 * <ul>
 * <li>An unknown username, or a disabled or locked account, is checked against a hash all the same (a dummy one for
 * an unknown user): the answer "wrong username or password" takes as long either way, so timing tells nobody which
 * accounts exist.
 * <li>A remembered check is keyed by an HMAC of the username and password under a key made at random when the
 * application starts (never the password itself), and holds only while the account's stored hash is the one it was
 * checked against and the account is enabled and not locked: a password change, a lock or a disable ends it at once,
 * on every node, since each call reads the account's row anyway.
 * </ul>
 * Container-free, so its rules are unit-tested with a counting verifier.
 */
public final class CredentialCheck {

    /** Verifies a password against a stored hash; the expensive part. */
    @FunctionalInterface
    public interface PasswordVerifier {
        boolean verify(char[] password, String storedHash);
    }

    /** An account as the check needs it; null when no account has the username. */
    public record Account(String username, String passwordHash, boolean enabled, Instant lockedUntil, Set<Role> roles) {

        boolean usableAt(Instant now) {
            return enabled && (lockedUntil == null || !now.isBefore(lockedUntil));
        }
    }

    /** The outcome: valid with the account's roles, or not. */
    public record Outcome(boolean valid, String username, Set<Role> roles) {

        static final Outcome INVALID = new Outcome(false, null, Set.of());
    }

    /** Remembered checks at most; beyond, expired ones go first, then all (the next calls check again). */
    static final int MAX_REMEMBERED = 10_000;

    private final PasswordVerifier verifier;
    private final String dummyHash;
    private final Duration remember;
    private final SecretKeySpec key;
    private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();

    private record Remembered(String username, String passwordHash, Instant until) {
    }

    /**
     * @param dummyHash a hash made with the same parameters as real ones, of a password nobody knows
     * @param remember  how long a successful check is remembered; zero remembers nothing
     */
    public CredentialCheck(PasswordVerifier verifier, String dummyHash, Duration remember) {
        this.verifier = verifier;
        this.dummyHash = dummyHash;
        this.remember = remember;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    public Outcome check(Account account, String username, String password, Instant now) {
        char[] presented = password == null ? new char[0] : password.toCharArray();
        if (account == null || !account.usableAt(now)) {
            verifier.verify(presented, account == null ? dummyHash : account.passwordHash());
            if (account != null) {
                forget(account.username());
            }
            return Outcome.INVALID;
        }
        String credential = keyed(account.username(), password == null ? "" : password);
        Remembered earlier = remembered.get(credential);
        if (earlier != null && earlier.passwordHash().equals(account.passwordHash()) && now.isBefore(earlier.until())) {
            return new Outcome(true, account.username(), account.roles());
        }
        if (!verifier.verify(presented, account.passwordHash())) {
            return Outcome.INVALID;
        }
        if (!remember.isZero() && !remember.isNegative()) {
            makeRoom(now);
            remembered.put(credential, new Remembered(account.username(), account.passwordHash(), now.plus(remember)));
        }
        return new Outcome(true, account.username(), account.roles());
    }

    /** Forgets every remembered check of an account (its password changed, it was locked or disabled). */
    public void forget(String username) {
        remembered.values().removeIf(entry -> entry.username().equals(username));
    }

    int rememberedCount() {
        return remembered.size();
    }

    private void makeRoom(Instant now) {
        if (remembered.size() >= MAX_REMEMBERED) {
            remembered.values().removeIf(entry -> !now.isBefore(entry.until()));
            if (remembered.size() >= MAX_REMEMBERED) {
                remembered.clear();
            }
        }
    }

    private String keyed(String username, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(username.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return HexFormat.of().formatHex(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
