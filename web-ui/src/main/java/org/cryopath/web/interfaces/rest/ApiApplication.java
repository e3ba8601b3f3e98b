package org.cryopath.web.interfaces.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The REST API under {@code /api}. Resources and providers of this package are found by scanning; Payara builds the
 * OpenAPI document (served at {@code /openapi} on the server's HTTP port) from their annotations.
 */
@ApplicationPath("/api")
@OpenAPIDefinition(
        info = @Info(title = "CryoPath referral intake API", version = "1",
                description = "Other systems (an EHR, an integration engine) register referrals for cryoablation. "
                        + "Sign in with HTTP Basic as a staff account with the front desk or clinical role. Every "
                        + "POST carries an Idempotency-Key; every error is an RFC 9457 problem document "
                        + "(application/problem+json)."),
        security = @SecurityRequirement(name = ApiApplication.BASIC_AUTH),
        components = @Components(securitySchemes = @SecurityScheme(securitySchemeName = ApiApplication.BASIC_AUTH,
                type = SecuritySchemeType.HTTP, scheme = "basic",
                description = "A CryoPath staff account with the FRONT_DESK or CLINICAL role.")))
public class ApiApplication extends Application {

    static final String BASIC_AUTH = "basicAuth";

    /**
     * A response Jersey has no entity for would otherwise go through the servlet container's HTML error pages; every
     * API error carries a problem document instead.
     */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.response.setStatusOverSendError", Boolean.TRUE);
    }
}
