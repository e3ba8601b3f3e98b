package org.cryopath.domain.model.preparation;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;
import org.cryopath.domain.model.protocol.DrugAction;
import org.cryopath.domain.shared.DomainException;
import org.cryopath.domain.shared.Require;

/**
 * One instruction of a preparation plan, in the patient's language, with when it applies relative to the start of
 * the procedure. Clinicians may change the text and the numbers; the kind decides which number applies.
 *
 * <ul>
 * <li>MEDICATION: a drug class and an action; HOLD means no dose during the {@code daysBefore} days before the
 * procedure (the last dose is the day before those), ADJUST changes the dose from {@code daysBefore} days before.</li>
 * <li>LABS: a blood test to have within {@code daysBefore} days before.</li>
 * <li>FASTING: stop solid food or clear fluids {@code hoursBefore} hours before.</li>
 * <li>ARRIVAL: arrive {@code minutesBefore} minutes before.</li>
 * <li>BRING, OTHER: text only.</li>
 * </ul>
 */
@Embeddable
@Access(AccessType.FIELD)
public class PlanItem {

    public static final int TEXT_MAX_LENGTH = 1000;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", length = 16)
    private PlanItemKind kind;

    /** Drug class, blood test or fasting code ("solids", "clear-fluids"); null for arrival, bring, other. */
    @Column(name = "CODE", length = 40)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(name = "ACTION", length = 16)
    private DrugAction action;

    @Column(name = "DAYS_BEFORE")
    private Integer daysBefore;

    @Column(name = "HOURS_BEFORE")
    private Integer hoursBefore;

    @Column(name = "MINUTES_BEFORE")
    private Integer minutesBefore;

    @Column(name = "TEXT", length = TEXT_MAX_LENGTH)
    private String text;

    protected PlanItem() {
    }

    private PlanItem(PlanItemKind kind, String code, DrugAction action, Integer daysBefore, Integer hoursBefore,
            Integer minutesBefore, String text) {
        this.kind = kind;
        this.code = code;
        this.action = action;
        this.daysBefore = daysBefore;
        this.hoursBefore = hoursBefore;
        this.minutesBefore = minutesBefore;
        this.text = Require.text(text, "text", TEXT_MAX_LENGTH);
    }

    public static PlanItem medication(String drugClass, DrugAction action, int daysBefore, String text) {
        Require.present(action, "action");
        return new PlanItem(PlanItemKind.MEDICATION, Require.text(drugClass, "code", 40), action,
                action == DrugAction.CONTINUE ? null : bounded(daysBefore, 30, "daysBefore"), null, null, text);
    }

    public static PlanItem labs(String test, int withinDays, String text) {
        return new PlanItem(PlanItemKind.LABS, Require.text(test, "code", 40), null, bounded(withinDays, 30, "daysBefore"),
                null, null, text);
    }

    public static PlanItem fasting(String what, int hoursBefore, String text) {
        return new PlanItem(PlanItemKind.FASTING, Require.text(what, "code", 40), null, null,
                bounded(hoursBefore, 24, "hoursBefore"), null, text);
    }

    public static PlanItem arrival(int minutesBefore, String text) {
        return new PlanItem(PlanItemKind.ARRIVAL, null, null, null, null, bounded(minutesBefore, 240, "minutesBefore"), text);
    }

    public static PlanItem bring(String text) {
        return new PlanItem(PlanItemKind.BRING, null, null, null, null, null, text);
    }

    public static PlanItem other(String text) {
        return new PlanItem(PlanItemKind.OTHER, null, null, null, null, null, text);
    }

    /**
     * An item as a clinician edited it: same kind and code as the one it replaces, new numbers and text.
     * The numbers that do not apply to the kind are ignored.
     */
    public PlanItem edited(DrugAction newAction, Integer newDays, Integer newHours, Integer newMinutes, String newText) {
        return switch (kind) {
            case MEDICATION -> medication(code, newAction == null ? action : newAction, orZero(newDays), newText);
            case LABS -> labs(code, orZero(newDays), newText);
            case FASTING -> fasting(code, orZero(newHours), newText);
            case ARRIVAL -> arrival(orZero(newMinutes), newText);
            case BRING -> bring(newText);
            case OTHER -> other(newText);
        };
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }

    private static Integer bounded(int value, int max, String field) {
        if (value < 0 || value > max) {
            throw DomainException.invalid(field, "validation.range", 0, max);
        }
        return value;
    }

    /** How many days before the procedure the patient must start on this item: what delays the earliest start. */
    public int leadDays() {
        if (kind == PlanItemKind.MEDICATION && action != DrugAction.CONTINUE) {
            return daysBefore;
        }
        return 0;
    }

    /**
     * When the item applies, before the procedure: the last dose of a held medicine (the day before the held days),
     * the first day of an adjusted dose, the earliest day of a blood test, the time to stop eating or drinking, the
     * time to arrive. Empty for instructions without a moment.
     */
    public Optional<Duration> before() {
        return before(kind, action, daysBefore, hoursBefore, minutesBefore);
    }

    /**
     * How long before the procedure an item of this kind, with these numbers, applies; empty for an item without a
     * moment. The one rule, for an item and for a copy of its values (a plan as a page prints it).
     */
    public static Optional<Duration> before(PlanItemKind kind, DrugAction action, Integer daysBefore, Integer hoursBefore,
            Integer minutesBefore) {
        return switch (kind) {
            case MEDICATION -> action == DrugAction.CONTINUE ? Optional.empty()
                    : Optional.of(Duration.ofDays(action == DrugAction.HOLD ? daysBefore + 1L : daysBefore));
            case LABS -> Optional.of(Duration.ofDays(daysBefore));
            case FASTING -> Optional.of(Duration.ofHours(hoursBefore));
            case ARRIVAL -> Optional.of(Duration.ofMinutes(minutesBefore));
            case BRING, OTHER -> Optional.empty();
        };
    }

    /** True when the moment is a clock time (fasting, arrival); false when it is a calendar day. */
    public boolean isTimed() {
        return kind == PlanItemKind.FASTING || kind == PlanItemKind.ARRIVAL;
    }

    /** The clinic-local moment of this item for a procedure starting at {@code start}; empty without a moment. */
    public Optional<LocalDateTime> at(LocalDateTime start) {
        return before().map(offset -> isTimed() ? start.minus(offset)
                : start.toLocalDate().minusDays(offset.toDays()).atStartOfDay());
    }

    public PlanItemKind kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    public DrugAction action() {
        return action;
    }

    public Integer daysBefore() {
        return daysBefore;
    }

    public Integer hoursBefore() {
        return hoursBefore;
    }

    public Integer minutesBefore() {
        return minutesBefore;
    }

    public String text() {
        return text;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PlanItem that && kind == that.kind && Objects.equals(code, that.code)
                && action == that.action && Objects.equals(daysBefore, that.daysBefore)
                && Objects.equals(hoursBefore, that.hoursBefore) && Objects.equals(minutesBefore, that.minutesBefore)
                && Objects.equals(text, that.text);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, code, action, daysBefore, hoursBefore, minutesBefore, text);
    }

    @Override
    public String toString() {
        return kind + (code == null ? "" : " " + code) + (action == null ? "" : " " + action)
                + (daysBefore == null ? "" : " " + daysBefore + "d") + (hoursBefore == null ? "" : " " + hoursBefore + "h")
                + (minutesBefore == null ? "" : " " + minutesBefore + "min");
    }
}
