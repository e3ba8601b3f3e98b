package org.cryopath.domain.model.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.cryopath.domain.shared.DomainException;
import org.junit.jupiter.api.Test;

class StaffUserTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final LockoutPolicy POLICY = new LockoutPolicy(3, Duration.ofMinutes(15));

    @Test
    void usernamesAreCaseInsensitiveAndShapeChecked() {
        assertThat(user("Ana.Ruiz", Role.FRONT_DESK).username()).isEqualTo("ana.ruiz");
        assertThatThrownBy(() -> user("ana ruiz", Role.FRONT_DESK))
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("validation.username");
    }

    @Test
    void anAccountNeedsARole() {
        assertThatThrownBy(() -> StaffUser.create("ana", "Ana", Set.of(), "hash", NOW))
                .extracting(e -> ((DomainException) e).field().orElseThrow()).isEqualTo("roles");
    }

    @Test
    void passwordsMustBeLongAndNotTheUsername() {
        assertThatThrownBy(() -> StaffUser.checkPassword("short", "ana"))
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("validation.password.tooShort");
        assertThatThrownBy(() -> StaffUser.checkPassword("my-name-is-ana-2026", "ana"))
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("validation.password.containsUsername");
        StaffUser.checkPassword("correct horse battery", "ana");
    }

    @Test
    void repeatedWrongPasswordsLockTheAccountForAWhile() {
        StaffUser user = user("ana", Role.FRONT_DESK);

        assertThat(user.loginFailed(NOW, POLICY)).isFalse();
        assertThat(user.loginFailed(NOW, POLICY)).isFalse();
        assertThat(user.loginFailed(NOW, POLICY)).isTrue();

        assertThat(user.isLockedAt(NOW.plusSeconds(60))).isTrue();
        assertThat(user.isLockedAt(NOW.plus(Duration.ofMinutes(15)))).isFalse();
    }

    @Test
    void aSuccessfulLoginClearsTheCount() {
        StaffUser user = user("ana", Role.FRONT_DESK);
        user.loginFailed(NOW, POLICY);
        user.loginFailed(NOW, POLICY);
        user.loginSucceeded(NOW);
        assertThat(user.loginFailed(NOW, POLICY)).isFalse();
        assertThat(user.failedLogins()).isEqualTo(1);
    }

    @Test
    void anAdministratorCannotTakeAwayTheirOwnAdminRole() {
        StaffUser admin = user("boss", Role.ADMIN, Role.CLINICAL);

        assertThatThrownBy(() -> admin.assignRoles(EnumSet.of(Role.CLINICAL), "BOSS"))
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("staff.roles.ownAdmin");
        admin.assignRoles(EnumSet.of(Role.CLINICAL), "other.admin");
        assertThat(admin.roles()).containsExactly(Role.CLINICAL);
    }

    @Test
    void nobodyDisablesTheirOwnAccount() {
        StaffUser admin = user("boss", Role.ADMIN);
        assertThatThrownBy(() -> admin.disable("boss")).isInstanceOf(DomainException.class);
        admin.disable("other.admin");
        assertThat(admin.enabled()).isFalse();
    }

    @Test
    void theAuditStateNeverCarriesThePasswordHash() {
        assertThat(user("ana", Role.FRONT_DESK).auditState()).doesNotContainKey("passwordHash")
                .doesNotContainValue("PBKDF2WithHmacSHA512:secret");
    }

    private static StaffUser user(String username, Role... roles) {
        return StaffUser.create(username, "Ana Ruiz", EnumSet.of(roles[0], roles), "PBKDF2WithHmacSHA512:secret", NOW);
    }
}
