package org.cryopath.web.interfaces.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.cryopath.domain.shared.ConcurrentChange;
import org.cryopath.domain.shared.DomainException;

/**
 * Refusals by the clinic's rules. Faulty input is 422 with every faulty field; an MRN that belongs to another
 * person is 409 (the request is well formed but conflicts with the record on file); a reused or busy idempotency
 * key has its own type; a request that lost a race with another one even after the service tried it again is a
 * conflict to send again; any other refusal of a move the current state does not allow is 409.
 */
@Provider
public class DomainExceptionMapper extends ProblemMapper<DomainException> {

    /** Message keys whose refusal is a conflict with stored data rather than faulty input. */
    private static final Map<String, ProblemType> OWN_TYPES = Map.of(
            "patient.mrn.identityMismatch", ProblemType.PATIENT_IDENTITY_CONFLICT,
            "api.idempotencyKey.reused", ProblemType.IDEMPOTENCY_KEY_REUSED,
            "api.idempotencyKey.busy", ProblemType.IDEMPOTENCY_KEY_IN_USE,
            "case.notFound", ProblemType.CASE_NOT_FOUND,
            "session.notFound", ProblemType.SESSION_NOT_FOUND);

    /**
     * A booking refused because what it needs is taken (the room, a clinician, the patient, the recovery bays) is a
     * conflict with the calendar as it stands (409 booking-conflict), not faulty input: another time may work.
     */
    private static final Set<String> BOOKING_CONFLICTS = Set.of("booking.room.busy", "booking.radiologist.busy",
            "booking.anaesthetist.busy", "booking.patient.busy", "booking.recovery.full");

    @Override
    Response problemFor(DomainException refusal, String instance) {
        if (refusal instanceof ConcurrentChange) {
            return Problems.response(Problems.of(ProblemType.CONFLICT,
                    ApiTexts.get("api.problem.conflict.concurrent"), instance, null)).build();
        }
        List<DomainException> violations = refusal.violations();
        if (violations.stream().anyMatch(v -> BOOKING_CONFLICTS.contains(v.messageKey()))) {
            List<Problem.FieldError> errors = violations.stream().filter(v -> v.field().isPresent())
                    .map(Problems::fieldError).toList();
            DomainException first = violations.stream().filter(v -> BOOKING_CONFLICTS.contains(v.messageKey()))
                    .findFirst().orElseThrow();
            return Problems.response(Problems.of(ProblemType.BOOKING_CONFLICT,
                    ApiTexts.get(first.messageKey(), first.arguments().toArray()), instance, errors)).build();
        }
        ProblemType type = violations.stream().map(v -> OWN_TYPES.get(v.messageKey()))
                .filter(Objects::nonNull).findFirst()
                .orElse(violations.stream().anyMatch(v -> v.field().isPresent())
                        ? ProblemType.INVALID_INPUT : ProblemType.CONFLICT);
        List<Problem.FieldError> errors = violations.stream().filter(v -> v.field().isPresent())
                .map(Problems::fieldError).toList();
        String detail = switch (type) {
            case INVALID_INPUT -> ApiTexts.get("api.problem.invalid-input.detail", errors.size());
            case CONFLICT -> ApiTexts.getOrElse(refusal.messageKey(), "api.problem.conflict.detail",
                    refusal.arguments().toArray());
            default -> ApiTexts.get("api.problem." + type.slug() + ".detail");
        };
        return Problems.response(Problems.of(type, detail, instance, errors)).build();
    }
}
