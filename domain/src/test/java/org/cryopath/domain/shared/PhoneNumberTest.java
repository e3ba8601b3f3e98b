package org.cryopath.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"+1 (617) 555-0134", "617.555.0134", "+34 912 345 678", "0049/30/1234567"})
    void acceptsNumbersAsStaffTypeThem(String text) {
        assertThat(PhoneNumber.of(text, "phone").value()).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "call me", "+1 617 555 0134 ext 2", "1234567890123456", "++34912345678"})
    void refusesWhatCannotBeDialled(String text) {
        assertThatThrownBy(() -> PhoneNumber.of(text, "phone")).isInstanceOf(DomainException.class);
    }

    @Test
    void optionalNumberMayBeLeftEmpty() {
        assertThat(PhoneNumber.optional(" ", "phone")).isNull();
    }
}
