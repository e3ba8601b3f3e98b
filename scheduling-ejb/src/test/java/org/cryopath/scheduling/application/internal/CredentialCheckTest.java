package org.cryopath.scheduling.application.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.cryopath.domain.model.staff.Role;
import org.junit.jupiter.api.Test;

/**
 * The sign-in's password check, with a verifier that counts instead of running PBKDF2: the same work for an unknown
 * user as for a wrong password, and a remembered success that ends with the password, a lock or a disable.
 */
class CredentialCheckTest {

    private static final Instant NOW = Instant.parse("2026-11-30T09:00:00Z");
    private static final String DUMMY = "dummy-hash";

    /** "hash-of-<password>": verifies when the password matches, and records every hash it was asked about. */
    private final List<String> verified = new ArrayList<>();
    private final CredentialCheck.PasswordVerifier counting = (password, hash) -> {
        verified.add(hash);
        return hash.equals("hash-of-" + new String(password));
    };
    private final CredentialCheck check = new CredentialCheck(counting, DUMMY, Duration.ofMinutes(5));

    private static CredentialCheck.Account ana(String password) {
        return new CredentialCheck.Account("ana", "hash-of-" + password, true, null, Set.of(Role.FRONT_DESK));
    }

    @Test
    void anUnknownUserCostsTheSameVerificationAsAWrongPassword() {
        CredentialCheck.Outcome unknown = check.check(null, "nobody", "guess-1234567", NOW);
        CredentialCheck.Outcome wrong = check.check(ana("correct-horse"), "ana", "guess-1234567", NOW);

        assertThat(unknown.valid()).isFalse();
        assertThat(wrong.valid()).isFalse();
        assertThat(verified).as("one full verification each").containsExactly(DUMMY, "hash-of-correct-horse");
    }

    @Test
    void aDisabledOrLockedAccountIsRefusedAfterTheSameVerification() {
        CredentialCheck.Account disabled = new CredentialCheck.Account("ana", "hash-of-pw", false, null, Set.of());
        CredentialCheck.Account locked = new CredentialCheck.Account("ana", "hash-of-pw", true, NOW.plusSeconds(60),
                Set.of());

        assertThat(check.check(disabled, "ana", "pw", NOW).valid()).isFalse();
        assertThat(check.check(locked, "ana", "pw", NOW).valid()).isFalse();
        assertThat(verified).hasSize(2);
        assertThat(check.check(new CredentialCheck.Account("ana", "hash-of-pw", true, NOW.minusSeconds(1), Set.of()),
                "ana", "pw", NOW).valid()).as("a lock that has run out").isTrue();
    }

    @Test
    void aSuccessIsRememberedSoTheNextCallsSkipTheVerification() {
        CredentialCheck.Outcome first = check.check(ana("correct-horse"), "ana", "correct-horse", NOW);
        CredentialCheck.Outcome second = check.check(ana("correct-horse"), "ana", "correct-horse", NOW.plusSeconds(60));

        assertThat(first.valid()).isTrue();
        assertThat(second.valid()).isTrue();
        assertThat(second.roles()).containsExactly(Role.FRONT_DESK);
        assertThat(verified).as("verified once, then remembered").hasSize(1);

        check.check(ana("correct-horse"), "ana", "correct-horse", NOW.plus(Duration.ofMinutes(6)));
        assertThat(verified).as("remembered for five minutes only").hasSize(2);
    }

    @Test
    void aRememberedSuccessNeverLetsAnotherPasswordIn() {
        check.check(ana("correct-horse"), "ana", "correct-horse", NOW);

        assertThat(check.check(ana("correct-horse"), "ana", "correct-horsf", NOW).valid()).isFalse();
        assertThat(verified).as("another password is verified in full, and refused").hasSize(2);
    }

    @Test
    void aRememberedSuccessEndsWhenThePasswordChanges() {
        check.check(ana("old-password-1"), "ana", "old-password-1", NOW);

        CredentialCheck.Outcome afterChange = check.check(ana("new-password-2"), "ana", "old-password-1", NOW);

        assertThat(afterChange.valid()).as("the stored hash is another one now").isFalse();
        assertThat(verified).hasSize(2);
    }

    @Test
    void aRememberedSuccessEndsWhenTheAccountIsLockedOrDisabled() {
        check.check(ana("pw-123456789"), "ana", "pw-123456789", NOW);
        CredentialCheck.Account locked = new CredentialCheck.Account("ana", "hash-of-pw-123456789", true,
                NOW.plusSeconds(900), Set.of(Role.FRONT_DESK));

        assertThat(check.check(locked, "ana", "pw-123456789", NOW).valid()).isFalse();
        assertThat(check.rememberedCount()).as("forgotten, not only refused").isZero();

        check.check(ana("pw-123456789"), "ana", "pw-123456789", NOW.plusSeconds(1000));
        CredentialCheck.Account disabled = new CredentialCheck.Account("ana", "hash-of-pw-123456789", false, null,
                Set.of(Role.FRONT_DESK));
        assertThat(check.check(disabled, "ana", "pw-123456789", NOW.plusSeconds(1001)).valid()).isFalse();
        assertThat(check.rememberedCount()).isZero();
    }

    @Test
    void forgettingAnAccountEndsItsRememberedSuccesses() {
        check.check(ana("pw-123456789"), "ana", "pw-123456789", NOW);
        check.forget("ana");

        check.check(ana("pw-123456789"), "ana", "pw-123456789", NOW);

        assertThat(verified).hasSize(2);
    }

    @Test
    void nothingIsRememberedWhenTheSettingIsZero() {
        CredentialCheck never = new CredentialCheck(counting, DUMMY, Duration.ZERO);
        never.check(ana("pw-123456789"), "ana", "pw-123456789", NOW);
        never.check(ana("pw-123456789"), "ana", "pw-123456789", NOW);

        assertThat(verified).hasSize(2);
    }
}
