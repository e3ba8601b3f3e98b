package org.cryopath.web.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.cryopath.web.interfaces.rest.ContractCodes.LanguageCode;
import org.cryopath.web.interfaces.rest.ContractCodes.OrganCode;
import org.junit.jupiter.api.Test;

class RequestFingerprintTest {

    @Test
    void isASha256InHex() {
        assertThat(RequestFingerprint.of(request("Jos\u00e9", "renal mass"))).matches("[0-9a-f]{64}");
    }

    @Test
    void theSameRequestHasTheSameFingerprintWhateverItsNormalizationForm() {
        ReferralRequest precomposed = request("Jos\u00e9", "renal mass").normalized();
        ReferralRequest combining = request("Jose\u0301", "renal mass").normalized();

        assertThat(RequestFingerprint.of(combining)).isEqualTo(RequestFingerprint.of(precomposed));
    }

    @Test
    void anyChangedValueChangesIt() {
        assertThat(RequestFingerprint.of(request("Jos\u00e9", "renal mass")))
                .isNotEqualTo(RequestFingerprint.of(request("Jos\u00e9", "renal mass, 3 cm")))
                .isNotEqualTo(RequestFingerprint.of(request("Jose", "renal mass")));
    }

    private static ReferralRequest request(String givenName, String indication) {
        return new ReferralRequest(
                new ReferralRequest.Patient("MRN-1", givenName, "Ruiz", "1970-01-01", "jose@example.org",
                        null, LanguageCode.es),
                new ReferralRequest.Referrer("Dr. Lee", null, "+1 555 010 2200", null),
                OrganCode.KIDNEY, indication, null, null, true, false);
    }
}
