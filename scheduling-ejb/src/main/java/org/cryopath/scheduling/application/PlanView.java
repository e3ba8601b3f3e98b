package org.cryopath.scheduling.application;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.cryopath.domain.model.patient.Language;
import org.cryopath.domain.model.preparation.PlanItem;
import org.cryopath.domain.model.preparation.PlanItemKind;
import org.cryopath.domain.model.preparation.PlanStatus;
import org.cryopath.domain.model.protocol.DrugAction;

/**
 * One version of a preparation plan.
 *
 * @param earliestStart the first day a session may start: from the issue date once issued, from today for a draft
 * @param protocolReviewRequired true when the protocol version it came from still carries unreviewed defaults
 */
public record PlanView(long planId, int version, PlanStatus status, int protocolVersion, boolean protocolReviewRequired,
        Language language, List<String> medications, List<Item> items, String note, Instant createdAt,
        Instant issuedAt, Instant acknowledgedAt, LocalDate earliestStart) implements Serializable {

    public PlanView {
        medications = List.copyOf(medications);
        items = List.copyOf(items);
    }

    /** One item as shown and edited: kind and code fixed, action, numbers and text editable. */
    public record Item(PlanItemKind kind, String code, DrugAction action, Integer daysBefore, Integer hoursBefore,
            Integer minutesBefore, String text) implements Serializable {

        /** How long before the procedure it applies, as email E2 counts it; empty for an item without a moment. */
        public Optional<Duration> before() {
            return PlanItem.before(kind, action, daysBefore, hoursBefore, minutesBefore);
        }
    }
}
