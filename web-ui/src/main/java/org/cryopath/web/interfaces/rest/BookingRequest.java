package org.cryopath.web.interfaces.rest;

import java.time.OffsetDateTime;
import org.cryopath.scheduling.application.SessionBooking;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code POST /api/v1/cases/{caseId}/sessions}: when, where, with whom. Its shape is checked by
 * {@link JsonContract} (400); the calendar's rules by the booking service (422 for a placement that can never work,
 * 409 booking-conflict for what is taken).
 */
@Schema(name = "BookingRequest", description = "A session to book. Unknown members are refused.",
        requiredProperties = {"start", "roomId", "radiologistId"})
public record BookingRequest(
        @Schema(type = SchemaType.STRING, format = "date-time", description = "When the procedure starts: RFC 3339 "
                + "with its offset, e.g. a slot's start as the slots endpoint gives it",
                example = "2026-12-07T08:30:00-05:00") @IsoDateTime String start,
        @Schema(description = "The procedure room", example = "1") Long roomId,
        @Schema(description = "The radiologist", example = "11") Long radiologistId,
        @Schema(description = "The anaesthetist: required under general anaesthesia, absent under sedation")
        Long anaesthetistId,
        @Schema(description = "The session's length in minutes; the organ's usual length when left out")
        Integer durationMinutes,
        @Schema(description = "Only clinical staff: why the session may start before the preparation's earliest date",
                maxLength = 1000) String earliestDateOverride) {

    SessionBooking.Request toRequest() {
        return new SessionBooking.Request(start == null ? null : OffsetDateTime.parse(start).toInstant(), roomId,
                radiologistId, anaesthetistId, durationMinutes, earliestDateOverride);
    }
}
