package org.cryopath.web.interfaces.rest;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem document, as every error of the API is answered ({@code application/problem+json}). Members
 * without a value are left out.
 */
@Schema(name = "Problem", description = "RFC 9457 problem details. 'errors' lists each faulty field (400 contract "
        + "violations, 422 invalid input, 409 identity conflicts); 'incident' names a 500 in the server log.")
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "errors", "incident"})
public record Problem(
        @Schema(description = "Identifies the problem type: about:blank, or a tag URI of CryoPath's own types",
                example = "tag:cryopath.example,2026:problem:invalid-input") String type,
        @Schema(description = "Short summary of the problem type, in English", example = "Invalid input") String title,
        @Schema(description = "The HTTP status code", example = "422") int status,
        @Schema(description = "What went wrong this time, in English", example = "2 fields need attention.") String detail,
        @Schema(description = "The request path the problem occurred at", example = "/cryopath/api/v1/referrals") String instance,
        @Schema(description = "The faulty fields") List<FieldError> errors,
        @Schema(description = "On a 500: the incident id under which the server log has the details") String incident) {

    public Problem {
        errors = errors == null || errors.isEmpty() ? null : List.copyOf(errors);
    }

    /** One faulty field of the request body. */
    @Schema(name = "FieldError")
    @JsonbPropertyOrder({"field", "message", "code"})
    public record FieldError(
            @Schema(description = "JSON path of the field in the request body", example = "patient.email") String field,
            @Schema(description = "What is wrong and how to fix it, in English",
                    example = "Enter an email address like name@example.org.") String message,
            @Schema(description = "Stable code of the rule the value breaks", example = "validation.email") String code) {
    }
}
