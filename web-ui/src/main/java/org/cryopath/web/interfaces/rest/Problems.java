package org.cryopath.web.interfaces.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.cryopath.domain.shared.DomainException;

/** Builds the API's problem documents and the responses that carry them. */
final class Problems {

    static final String MEDIA_TYPE = "application/problem+json";
    static final MediaType PROBLEM_JSON = new MediaType("application", "problem+json");

    /** For writing outside JAX-RS (the servlet container's own errors); JAX-RS writes through its JSON-B provider. */
    private static final Jsonb JSONB = JsonbBuilder.create();

    /** Reason phrases of the statuses JAX-RS's {@code Response.Status} lacks. */
    private static final Map<Integer, String> OTHER_PHRASES = Map.of(422, "Unprocessable Content", 413, "Content Too Large");

    private Problems() {
    }

    /** A problem of one of CryoPath's own types. */
    static Problem of(ProblemType type, String detail, String instance, List<Problem.FieldError> errors) {
        return new Problem(type.uri().toString(), ApiTexts.get(type.titleKey()), type.status(), detail, instance,
                errors, null);
    }

    /** A problem that means no more than its HTTP status ({@code about:blank}, titled with the reason phrase). */
    static Problem ofStatus(int status, String detail, String instance) {
        return new Problem("about:blank", reasonPhrase(status), status, detail, instance, null, null);
    }

    /** An unexpected failure: no detail but the incident under which the server log has it. */
    static Problem unexpected(String incident, String instance) {
        return new Problem("about:blank", reasonPhrase(500), 500, ApiTexts.get("api.http.500", incident), instance,
                null, incident);
    }

    /** The HTTP status's detail text from the bundle ({@code api.http.<status>}), or a general one. */
    static String statusDetail(int status) {
        return ApiTexts.getOrElse("api.http." + status, "api.http.other", status);
    }

    static Response.ResponseBuilder response(Problem problem) {
        return Response.status(problem.status()).type(PROBLEM_JSON).entity(problem);
    }

    /** A domain refusal of one field, as the API lists it: path, English message, the rule's message key. */
    static Problem.FieldError fieldError(DomainException violation) {
        return new Problem.FieldError(violation.field().orElse(null),
                ApiTexts.getOrElse(violation.messageKey(), "error.unexpected", violation.arguments().toArray()),
                violation.messageKey());
    }

    static String toJson(Problem problem) {
        return JSONB.toJson(problem);
    }

    static String reasonPhrase(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        if (known != null) {
            return known.getReasonPhrase();
        }
        return OTHER_PHRASES.getOrDefault(status, "HTTP " + status);
    }
}
