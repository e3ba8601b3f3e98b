package org.cryopath.web.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.cryopath.domain.clinic.ClinicProfile;
import org.cryopath.scheduling.application.IdempotencyKey;
import org.cryopath.scheduling.application.IdempotentBooking;
import org.cryopath.scheduling.application.SessionBooking;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Session booking for other systems, with the referral API's conventions (HTTP Basic, an Idempotency-Key on every
 * POST, problem documents): free slots for a case, book, read a case's sessions or one session, cancel with a reason.
 * Times are RFC 3339 in the clinic's zone, with their offset. No transaction here: the services are the boundary.
 */
@Path("v1")
@RequestScoped
@RolesAllowed({"FRONT_DESK", "CLINICAL"})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sessions", description = "Session booking")
@APIResponse(responseCode = "401", description = "Not signed in: send HTTP Basic credentials of a staff account",
        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "The account has neither the FRONT_DESK nor the CLINICAL role",
        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "500", description = "A fault of the server; 'incident' names it in the server log",
        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class SessionResource {

    static final int DEFAULT_SLOTS = 10;

    @EJB
    SessionBooking booking;

    @EJB
    IdempotentBooking idempotent;

    @Inject
    ClinicProfile clinic;

    @Context
    SecurityContext security;

    @Context
    UriInfo uriInfo;

    @GET
    @Path("cases/{caseId}/slots")
    @Operation(summary = "Free slots for a case", description = "The next free slots that keep every rule of the "
            + "clinic's calendar for this case: earliest first, then the one leaving the least unusable time. From the "
            + "preparation's earliest date at the soonest.")
    @APIResponse(responseCode = "200", description = "The slots (possibly none within the search horizon)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = SessionJson.Slot.class)))
    @APIResponse(responseCode = "404", description = "No case with this id",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The case's preparation plan is not issued yet",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<SessionJson.Slot> slots(@PathParam("caseId") String caseId,
            @Parameter(description = "First day to look at, yyyy-MM-dd (today when left out)") @QueryParam("from") String from,
            @Parameter(description = "Only slots with this radiologist") @QueryParam("radiologistId") String radiologistId,
            @Parameter(description = "How many slots, 1 to 50 (10 when left out)") @QueryParam("max") String max) {
        long id = id(caseId, ProblemType.CASE_NOT_FOUND);
        SessionBooking.SlotQuery query = new SessionBooking.SlotQuery(date(from, "from"),
                radiologistId == null ? null : number(radiologistId, "radiologistId"), false,
                max == null ? DEFAULT_SLOTS : (int) Math.min(50, number(max, "max")));
        return booking.freeSlots(id, query).stream().map(slot -> SessionJson.Slot.of(slot, clinic.zone())).toList();
    }

    @GET
    @Path("cases/{caseId}/sessions")
    @Operation(summary = "A case's sessions", description = "Every session of the case, by start, whatever its status.")
    @APIResponse(responseCode = "200", description = "The sessions", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = SessionJson.class)))
    @APIResponse(responseCode = "404", description = "No case with this id",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<SessionJson> sessionsOf(@PathParam("caseId") String caseId) {
        return booking.schedule(id(caseId, ProblemType.CASE_NOT_FOUND)).sessions().stream()
                .map(session -> SessionJson.of(session, clinic.zone())).toList();
    }

    @POST
    @Path("cases/{caseId}/sessions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Book a session", description = "Books the session if every rule of the clinic's calendar "
            + "holds, re-checked with the resources locked, and sends the patient the confirmation (E3) with a calendar "
            + "invitation. A retry with the same Idempotency-Key and body books nothing new and answers 200.")
    @APIResponse(responseCode = "201", description = "Booked", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SessionJson.class)))
    @APIResponse(responseCode = "200", description = "A retry: the session the first request with this key booked",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SessionJson.class)))
    @APIResponse(responseCode = "400", description = "Not the contract, or no valid Idempotency-Key",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No case with this id",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "booking-conflict: the room, a clinician, the patient or the "
            + "recovery bays are taken at this time (the detail names the rule and the resource); or the case cannot "
            + "be booked now", content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A placement that breaks a rule: in the past, outside hours, on a "
            + "closure, before the preparation's earliest date, unknown resources, a length outside the limits",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response book(@PathParam("caseId") String caseId,
            @Parameter(name = IdempotencyKeys.HEADER, in = ParameterIn.HEADER, required = true,
                    description = "Names this request for good (a UUID is ideal); scoped to the calling account",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 130))
            @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
            BookingRequest request) {
        String key = IdempotencyKeys.checked(idempotencyKey);
        long id = id(caseId, ProblemType.CASE_NOT_FOUND);
        if (request == null) {
            throw new ApiProblem(ProblemType.MALFORMED_JSON, "api.problem.malformed-json.empty");
        }
        IdempotentBooking.Receipt receipt = idempotent.book(new IdempotencyKey(security.getUserPrincipal().getName(), key,
                RequestFingerprint.of(request, "case-" + id)), id, request.toRequest());
        return answer(receipt, Response.Status.CREATED);
    }

    @GET
    @Path("sessions/{sessionId}")
    @Operation(summary = "Read a session")
    @APIResponse(responseCode = "200", description = "The session", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SessionJson.class)))
    @APIResponse(responseCode = "404", description = "No session with this id",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SessionJson session(@PathParam("sessionId") String sessionId) {
        return booking.session(id(sessionId, ProblemType.SESSION_NOT_FOUND))
                .map(session -> SessionJson.of(session, clinic.zone()))
                .orElseThrow(() -> new ApiProblem(ProblemType.SESSION_NOT_FOUND, "api.problem.session-not-found.detail"));
    }

    @POST
    @Path("sessions/{sessionId}/cancellation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Cancel a session", description = "Cancels a booked session with a reason: its reminders are "
            + "withdrawn and the patient gets the cancellation (E4) with METHOD:CANCEL for their calendar.")
    @APIResponse(responseCode = "200", description = "Cancelled (or a retry with the same key)", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SessionJson.class)))
    @APIResponse(responseCode = "404", description = "No session with this id",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The session is not booked (already cancelled, or it took place)",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "No reason given",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response cancel(@PathParam("sessionId") String sessionId,
            @Parameter(name = IdempotencyKeys.HEADER, in = ParameterIn.HEADER, required = true,
                    schema = @Schema(type = SchemaType.STRING, maxLength = 130))
            @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
            CancellationRequest request) {
        String key = IdempotencyKeys.checked(idempotencyKey);
        long id = id(sessionId, ProblemType.SESSION_NOT_FOUND);
        if (request == null) {
            throw new ApiProblem(ProblemType.MALFORMED_JSON, "api.problem.malformed-json.empty");
        }
        IdempotentBooking.Receipt receipt = idempotent.cancel(new IdempotencyKey(security.getUserPrincipal().getName(),
                key, RequestFingerprint.of(request, "session-" + id)), id, request.reason());
        return answer(receipt, Response.Status.OK);
    }

    private Response answer(IdempotentBooking.Receipt receipt, Response.Status firstTime) {
        SessionJson body = SessionJson.of(receipt.session(), clinic.zone());
        URI location = uriInfo.getBaseUriBuilder().path(SessionResource.class).path("sessions/{id}")
                .build(receipt.session().id());
        if (receipt.replayed()) {
            return Response.ok(body).location(location).header(IdempotencyKeys.REPLAYED, "true").build();
        }
        return Response.status(firstTime).entity(body).location(location).build();
    }

    /** A path id: a positive number of at most 18 digits; anything else names nothing (404). */
    private static long id(String text, ProblemType notFound) {
        if (!text.matches("[0-9]{1,18}")) {
            throw new ApiProblem(notFound, "api.problem." + notFound.slug() + ".detail");
        }
        return Long.parseLong(text);
    }

    private static long number(String text, String field) {
        if (!text.matches("[0-9]{1,18}") || Long.parseLong(text) < 1) {
            throw new ApiProblem(ProblemType.CONTRACT_VIOLATION, "api.problem.contract-violation.detail",
                    List.of(new Problem.FieldError(field, ApiTexts.get("api.json.positiveInteger"), "api.json.positiveInteger")),
                    1);
        }
        return Long.parseLong(text);
    }

    private static LocalDate date(String text, String field) {
        return Optional.ofNullable(text).map(value -> {
            try {
                return LocalDate.parse(value);
            } catch (java.time.format.DateTimeParseException e) {
                throw new ApiProblem(ProblemType.CONTRACT_VIOLATION, "api.problem.contract-violation.detail",
                        List.of(new Problem.FieldError(field, ApiTexts.get("api.json.date"), "api.json.date")), 1);
            }
        }).orElse(null);
    }
}
