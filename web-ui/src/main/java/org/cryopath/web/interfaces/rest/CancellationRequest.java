package org.cryopath.web.interfaces.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/v1/sessions/{id}/cancellation}: why. */
@Schema(name = "CancellationRequest", requiredProperties = "reason")
public record CancellationRequest(
        @Schema(description = "Why the session will not take place", maxLength = 1000,
                example = "Patient chose to wait for the next CT") String reason) {
}
