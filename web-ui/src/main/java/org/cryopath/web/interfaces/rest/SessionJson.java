package org.cryopath.web.interfaces.rest;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.ZoneId;
import org.cryopath.scheduling.application.SessionView;
import org.cryopath.scheduling.application.SlotView;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A session as the API answers it; times in the clinic's zone, with their offset. */
@Schema(name = "Session")
@JsonbPropertyOrder({"sessionId", "caseId", "status", "start", "end", "room", "radiologist", "anaesthetist",
        "anaesthesia", "guidance", "cancelReason", "rescheduledFrom", "preparationConflict"})
public record SessionJson(
        long sessionId,
        long caseId,
        @Schema(description = "BOOKED, CHECKED_IN, IN_PROCEDURE, COMPLETED, CANCELLED or NO_SHOW") String status,
        @Schema(type = SchemaType.STRING, format = "date-time", example = "2026-12-07T08:30:00-05:00") String start,
        @Schema(type = SchemaType.STRING, format = "date-time", example = "2026-12-07T10:30:00-05:00") String end,
        Named room,
        Named radiologist,
        @Schema(description = "Under general anaesthesia; absent under sedation") Named anaesthetist,
        @Schema(description = "GENERAL or SEDATION") String anaesthesia,
        @Schema(description = "CT or ULTRASOUND") String guidance,
        String cancelReason,
        @Schema(description = "The session this one replaces, when it was booked as a reschedule") Long rescheduledFrom,
        @Schema(description = "A newer preparation plan cannot be done before this session's day") boolean preparationConflict) {

    /** A room or a clinician: its id (to book with) and its name. */
    @Schema(name = "NamedResource")
    @JsonbPropertyOrder({"id", "name"})
    public record Named(long id, String name) {
    }

    static SessionJson of(SessionView s, ZoneId zone) {
        return new SessionJson(s.id(), s.caseId(), s.status().name(), s.start().atZone(zone).toOffsetDateTime().toString(),
                s.end().atZone(zone).toOffsetDateTime().toString(), new Named(s.roomId(), s.roomName()),
                new Named(s.radiologistId(), s.radiologistName()),
                s.anaesthetistId() == null ? null : new Named(s.anaesthetistId(), s.anaesthetistName()),
                s.anaesthesia().name(), s.guidance().name(), s.cancelReason(), s.rescheduledFromId(),
                s.preparationConflict());
    }

    /** A free slot: book it by sending its start, room, radiologist and anaesthetist back. */
    @Schema(name = "Slot")
    @JsonbPropertyOrder({"start", "end", "room", "radiologist", "anaesthetist", "recoveryBaysLeft", "wastedMinutes"})
    public record Slot(
            @Schema(type = SchemaType.STRING, format = "date-time") String start,
            @Schema(type = SchemaType.STRING, format = "date-time") String end,
            Named room, Named radiologist, Named anaesthetist,
            @Schema(description = "Recovery bays still free at the busiest moment of its recovery") int recoveryBaysLeft,
            @Schema(description = "Minutes of the room's day it would leave too short for another session") int wastedMinutes) {

        static Slot of(SlotView s, ZoneId zone) {
            return new Slot(s.start().atZone(zone).toOffsetDateTime().toString(),
                    s.end().atZone(zone).toOffsetDateTime().toString(), new Named(s.roomId(), s.roomName()),
                    new Named(s.radiologistId(), s.radiologistName()),
                    s.anaesthetistId() == null ? null : new Named(s.anaesthetistId(), s.anaesthetistName()),
                    s.recoveryBaysLeft(), s.wastedMinutes());
        }
    }
}
