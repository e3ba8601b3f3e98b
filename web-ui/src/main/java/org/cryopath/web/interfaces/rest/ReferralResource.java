package org.cryopath.web.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.Optional;
import org.cryopath.scheduling.application.IdempotencyKey;
import org.cryopath.scheduling.application.IdempotentIntake;
import org.cryopath.scheduling.application.ReferralDetails;
import org.cryopath.scheduling.application.ReferralReceipt;
import org.cryopath.scheduling.application.ReferralService;
import org.cryopath.web.interfaces.rest.ContractCodes.StatusCode;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Referral intake for other systems. {@code POST} registers a referral once per Idempotency-Key: 201 the first
 * time; 200 with {@code Idempotent-Replayed: true} and the same referral when the same caller sends the same request
 * with the same key again; 422 when the key was used for a different request. {@code GET} reads a referral back.
 * No transaction here: the application services are the boundary.
 */
@Path("v1/referrals")
@RequestScoped
@RolesAllowed({"FRONT_DESK", "CLINICAL"})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Referrals", description = "Referral intake")
@APIResponse(responseCode = "401", description = "Not signed in: send HTTP Basic credentials of a staff account",
        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "The account has neither the FRONT_DESK nor the CLINICAL role",
        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "406", description = "The Accept header excludes application/json",
        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "500", description = "A fault of the server; 'incident' names it in the server log",
        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ReferralResource {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    static final String REPLAYED = "Idempotent-Replayed";

    @EJB
    IdempotentIntake intake;

    @EJB
    ReferralService referrals;

    @Context
    SecurityContext security;

    @Context
    UriInfo uriInfo;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a referral",
            description = "Registers the referral for the patient with this MRN (or a new patient), and sends the "
                    + "patient email E1. Retrying with the same Idempotency-Key and the same body creates nothing "
                    + "new and answers 200 with the same referral.")
    @APIResponse(responseCode = "201", description = "Registered",
            headers = @Header(name = "Location", description = "The referral: /api/v1/referrals/{referralId}",
                    schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ReferralCreated.class)))
    @APIResponse(responseCode = "200", description = "A retry: the referral the first request with this key created",
            headers = {
                @Header(name = "Idempotent-Replayed", description = "true",
                        schema = @Schema(type = SchemaType.STRING, enumeration = "true")),
                @Header(name = "Location", description = "The referral",
                        schema = @Schema(type = SchemaType.STRING, format = "uri"))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ReferralCreated.class)))
    @APIResponse(responseCode = "400", description = "Not JSON, not the contract (wrong types, unknown members, "
            + "dates not yyyy-MM-dd, unknown codes), or no valid Idempotency-Key",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The MRN belongs to a patient with another name or date of "
            + "birth; or a request with this key is still being carried out",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "The body is larger than 64 KiB",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "The body is not application/json",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Values the clinic's rules refuse (every faulty field listed); "
            + "or the Idempotency-Key was used before for a different request",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response register(
            @Parameter(name = IDEMPOTENCY_KEY, in = ParameterIn.HEADER, required = true,
                    description = "Names this request for good (a UUID is ideal): 1 to 128 characters of A-Z a-z "
                            + "0-9 - _ . : ~ + / =, optionally in double quotes. Scoped to the calling account.",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 130, example = "8e03978e-40d5-43e8-bc93-6894a57f9324"))
            @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey,
            ReferralRequest request) {
        String key = IdempotencyKeys.checked(idempotencyKey);
        if (request == null) {
            throw new ApiProblem(ProblemType.MALFORMED_JSON, "api.problem.malformed-json.empty");
        }
        ReferralRequest normalized = request.normalized();
        ReferralReceipt receipt = intake.register(
                new IdempotencyKey(security.getUserPrincipal().getName(), key, RequestFingerprint.of(normalized)),
                normalized.toIntake());
        ReferralDetails details = referrals.details(receipt.referralId()).orElseThrow();
        ReferralCreated body = ReferralCreated.of(receipt, StatusCode.of(details.status()), details.receivedAt());
        URI location = uriInfo.getBaseUriBuilder().path(ReferralResource.class).path("{id}").build(receipt.referralId());
        if (receipt.replayed()) {
            return Response.ok(body).location(location).header(REPLAYED, "true").build();
        }
        return Response.created(location).entity(body).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read a referral", description = "The referral as stored, with its patient and referrer.")
    @APIResponse(responseCode = "200", description = "The referral",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReferralView.class)))
    @APIResponse(responseCode = "404", description = "No referral with this id",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ReferralView referral(@Parameter(description = "The referral's id",
            schema = @Schema(type = SchemaType.INTEGER, format = "int64")) @PathParam("id") String id) {
        return referralId(id).flatMap(referrals::details).map(ReferralView::of)
                .orElseThrow(() -> new ApiProblem(ProblemType.REFERRAL_NOT_FOUND, "api.problem.referral-not-found.detail"));
    }

    /** An id is a positive number of at most 18 digits; anything else names no referral. */
    private static Optional<Long> referralId(String id) {
        return id.matches("[0-9]{1,18}") ? Optional.of(Long.parseLong(id)) : Optional.empty();
    }
}
