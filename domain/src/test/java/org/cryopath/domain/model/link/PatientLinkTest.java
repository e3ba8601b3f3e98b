package org.cryopath.domain.model.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.cryopath.domain.model.patient.PatientId;
import org.cryopath.domain.shared.DomainException;
import org.junit.jupiter.api.Test;

class PatientLinkTest {

    private static final Instant NOW = Instant.parse("2026-11-25T15:00:00Z");

    @Test
    void aLinkCarries256RandomBitsAndIsStoredOnlyAsItsHash() {
        PatientLink.Issued one = issue();
        PatientLink.Issued two = issue();

        assertThat(one.token()).hasSize(43).isNotEqualTo(two.token());
        assertThat(PatientLink.isWellFormed(one.token())).isTrue();
        assertThat(PatientLink.hash(one.token())).hasSize(64).isNotEqualTo(one.token());
        assertThat(one.toString()).doesNotContain(one.token());
    }

    @Test
    void itWorksOnceAndUntilItExpires() {
        PatientLink link = issue().link();

        assertThat(link.stateAt(NOW)).isEqualTo(LinkState.VALID);
        assertThat(link.stateAt(NOW.plus(Duration.ofDays(30)))).isEqualTo(LinkState.EXPIRED);
        link.use(NOW.plusSeconds(60));
        assertThat(link.stateAt(NOW.plusSeconds(120))).isEqualTo(LinkState.USED);
        assertThatThrownBy(() -> link.use(NOW.plusSeconds(180)))
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("link.used");
    }

    @Test
    void aWithdrawnLinkNoLongerWorks() {
        PatientLink link = issue().link();
        link.withdraw();
        assertThat(link.stateAt(NOW)).isEqualTo(LinkState.WITHDRAWN);
    }

    @Test
    void strangeTokensAreNotEvenLookedUp() {
        assertThat(PatientLink.isWellFormed(null)).isFalse();
        assertThat(PatientLink.isWellFormed("short")).isFalse();
        assertThat(PatientLink.isWellFormed("' OR 1=1 --" + "x".repeat(32))).isFalse();
    }

    private static PatientLink.Issued issue() {
        return PatientLink.issue(LinkPurpose.ACKNOWLEDGE_PREPARATION, 7, new PatientId(3), Duration.ofDays(30), NOW);
    }
}
