package org.cryopath.domain.model.patient;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Which of CryoPath's languages answers a browser or a request. */
class LanguageTest {

    @Test
    void anySpanishIsSpanishAndEverythingElseEnglish() {
        assertThat(Language.closestTo(Locale.forLanguageTag("es-MX"))).isEqualTo(Language.ES);
        assertThat(Language.closestTo(Locale.forLanguageTag("es"))).isEqualTo(Language.ES);
        assertThat(Language.closestTo(Locale.forLanguageTag("en-GB"))).isEqualTo(Language.EN);
        assertThat(Language.closestTo(Locale.forLanguageTag("pt-BR"))).isEqualTo(Language.EN);
        assertThat(Language.closestTo(null)).isEqualTo(Language.EN);
    }
}
