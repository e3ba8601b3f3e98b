package org.cryopath.web.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.cryopath.domain.model.patient.Language;
import org.cryopath.domain.model.referral.GuidancePreference;
import org.cryopath.domain.model.referral.Priority;
import org.cryopath.domain.model.referral.ReferralStatus;
import org.cryopath.domain.model.referral.TargetOrgan;
import org.cryopath.web.interfaces.rest.ContractCodes.GuidanceCode;
import org.cryopath.web.interfaces.rest.ContractCodes.LanguageCode;
import org.cryopath.web.interfaces.rest.ContractCodes.OrganCode;
import org.cryopath.web.interfaces.rest.ContractCodes.PriorityCode;
import org.cryopath.web.interfaces.rest.ContractCodes.StatusCode;
import org.junit.jupiter.api.Test;

/** The API's codes and the domain's values stay in step: a new domain value fails here until the API decides. */
class ContractCodesTest {

    @Test
    void everyOrganGuidancePriorityAndStatusHasItsCode() {
        assertThat(Arrays.stream(TargetOrgan.values()).map(OrganCode::of).map(OrganCode::toDomain))
                .containsExactly(TargetOrgan.values());
        assertThat(Arrays.stream(GuidancePreference.values()).map(GuidanceCode::of).map(GuidanceCode::toDomain))
                .containsExactly(GuidancePreference.values());
        assertThat(Arrays.stream(Priority.values()).map(PriorityCode::of).map(PriorityCode::toDomain))
                .containsExactly(Priority.values());
        assertThat(Arrays.stream(ReferralStatus.values()).map(StatusCode::of).map(Enum::name))
                .containsExactly(Arrays.stream(ReferralStatus.values()).map(Enum::name).toArray(String[]::new));
        assertThat(OrganCode.values()).hasSameSizeAs(TargetOrgan.values());
        assertThat(StatusCode.values()).hasSameSizeAs(ReferralStatus.values());
    }

    @Test
    void languagesAreLowerCaseTagsOnTheWire() {
        assertThat(LanguageCode.of(Language.ES)).isEqualTo(LanguageCode.es);
        assertThat(LanguageCode.en.toDomain()).isEqualTo(Language.EN);
        assertThat(LanguageCode.values()).extracting(Enum::name).containsExactly("en", "es");
        assertThat(LanguageCode.values()).hasSameSizeAs(Language.values());
    }
}
