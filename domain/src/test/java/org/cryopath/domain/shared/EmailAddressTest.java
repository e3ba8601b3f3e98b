package org.cryopath.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class EmailAddressTest {

    @ParameterizedTest
    @ValueSource(strings = {"ana.garcia@example.org", "o'brien+clinic@mail.example.co.uk", "X@EXAMPLE.ORG"})
    void acceptsAddressesPeopleReallyHave(String text) {
        assertThat(EmailAddress.of(text).value()).contains("@");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ana", "ana@", "@example.org", "ana@example", "ana garcia@example.org",
            "Ana <ana@example.org>", "ana@@example.org", "ana@example..org", "ana@-example.org", "a@b.c",
            "<script>@example.org"})
    void refusesWhatNoServerCouldDeliver(String text) {
        assertThatThrownBy(() -> EmailAddress.of(text, "patient.email"))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> {
                    DomainException error = (DomainException) e;
                    assertThat(error.field()).contains("patient.email");
                    assertThat(error.messageKey()).isEqualTo("validation.email");
                });
    }

    @Test
    void missingAddressIsReportedAsRequired() {
        assertThatThrownBy(() -> EmailAddress.of("  ", "email"))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("validation.required");
    }

    @Test
    void domainIsCaseInsensitiveLocalPartIsNot() {
        assertThat(EmailAddress.of(" Ana@Example.ORG ").value()).isEqualTo("Ana@example.org");
        assertThat(EmailAddress.of("ana@EXAMPLE.org")).isEqualTo(EmailAddress.of("ana@example.org"));
    }

    @Test
    void refusesOverlongLocalPart() {
        assertThatThrownBy(() -> EmailAddress.of("a".repeat(65) + "@example.org"))
                .isInstanceOf(DomainException.class);
    }
}
