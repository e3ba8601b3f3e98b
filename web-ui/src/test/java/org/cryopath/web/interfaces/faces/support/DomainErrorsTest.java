package org.cryopath.web.interfaces.faces.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Where a refusal's field points: an input by its id, or a row of an edited list. */
class DomainErrorsTest {

    @Test
    void aFieldOfAnEditedListNamesItsListAndRow() {
        assertThat(DomainErrors.row("items[3].text")).contains(new DomainErrors.Row("items", 3, "text"));
        assertThat(DomainErrors.row("medications[0]")).contains(new DomainErrors.Row("medications", 0, null));
        assertThat(DomainErrors.row("medications[12].labInstructionEs"))
                .contains(new DomainErrors.Row("medications", 12, "labInstructionEs"));
    }

    @Test
    void aPlainFieldIsNoRow() {
        assertThat(DomainErrors.row("patient.email")).isEmpty();
        assertThat(DomainErrors.row("[2]")).isEmpty();
    }

    @Test
    void nestedFieldsBecomeInputIds() {
        assertThat(DomainErrors.inputId("patient.email")).isEqualTo("patient_email");
        assertThat(DomainErrors.inputId("reason")).isEqualTo("reason");
    }
}
