package org.cryopath.domain.model.calendar;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cryopath.domain.model.referral.TargetOrgan;
import org.cryopath.domain.shared.DomainException;

/**
 * The clinic's scheduling data: how long a session takes by organ (60 to 120 minutes), the limits a booking may
 * choose a length within, the day-case unit's recovery bays and how long a patient stays in one, the shortest
 * interval between two sessions of one treatment, and how slot search steps and how far ahead it looks. Clinic data,
 * edited by the administrator and audited; a change applies to sessions booked after it (a booked session keeps its
 * own length and recovery time, so no change rewrites history). One row.
 */
@Entity
@Table(name = "SCHEDULING_RULES")
public class SchedulingRules {

    public static final long THE_RULES = 1L;

    /** No session is ever longer, nor any recovery: a booking reads back this far for the sessions it could meet. */
    public static final int LONGEST_SESSION_MINUTES = 480;
    public static final int LONGEST_RECOVERY_MINUTES = 720;

    @Id
    private Long id;

    @Column(name = "RECOVERY_BAYS")
    private int recoveryBays;

    @Column(name = "RECOVERY_MINUTES")
    private int recoveryMinutes;

    @Column(name = "MIN_INTERVAL_DAYS")
    private int minIntervalDays;

    @Column(name = "SLOT_STEP_MINUTES")
    private int slotStepMinutes;

    @Column(name = "MIN_SESSION_MINUTES")
    private int minSessionMinutes;

    @Column(name = "MAX_SESSION_MINUTES")
    private int maxSessionMinutes;

    @Column(name = "SEARCH_DAYS")
    private int searchDays;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "SESSION_LENGTH", joinColumns = @JoinColumn(name = "RULES_ID"))
    @MapKeyEnumerated(EnumType.STRING)
    @MapKeyColumn(name = "ORGAN", length = 16)
    @Column(name = "MINUTES")
    private Map<TargetOrgan, Integer> sessionMinutes = new EnumMap<>(TargetOrgan.class);

    @Version
    private long version;

    protected SchedulingRules() {
    }

    /**
     * CryoPath's defaults, to review: 4 recovery bays, 4 hours of recovery, 14 days between sessions of one case,
     * 15-minute steps, sessions of 60 to 120 minutes (breast 60, bone and lung 90, kidney, liver and prostate 120),
     * slot search up to 120 days ahead.
     */
    public static SchedulingRules defaults() {
        SchedulingRules rules = new SchedulingRules();
        rules.id = THE_RULES;
        Map<TargetOrgan, Integer> lengths = new EnumMap<>(TargetOrgan.class);
        lengths.put(TargetOrgan.BREAST, 60);
        lengths.put(TargetOrgan.BONE, 90);
        lengths.put(TargetOrgan.LUNG, 90);
        lengths.put(TargetOrgan.KIDNEY, 120);
        lengths.put(TargetOrgan.LIVER, 120);
        lengths.put(TargetOrgan.PROSTATE, 120);
        rules.change(4, 240, 14, 15, 60, 120, 120, lengths);
        return rules;
    }

    /** The administrator's new values; each is refused on its field when out of range. */
    public void change(int bays, int recovery, int intervalDays, int step, int minMinutes, int maxMinutes, int days,
            Map<TargetOrgan, Integer> lengths) {
        recoveryBays = within(bays, 1, 50, "recoveryBays");
        recoveryMinutes = within(recovery, 30, LONGEST_RECOVERY_MINUTES, "recoveryMinutes");
        minIntervalDays = within(intervalDays, 0, 365, "minIntervalDays");
        slotStepMinutes = within(step, 5, 60, "slotStepMinutes");
        minSessionMinutes = within(minMinutes, 15, LONGEST_SESSION_MINUTES, "minSessionMinutes");
        maxSessionMinutes = within(maxMinutes, minSessionMinutes, LONGEST_SESSION_MINUTES, "maxSessionMinutes");
        searchDays = within(days, 7, 366, "searchDays");
        Map<TargetOrgan, Integer> checked = new EnumMap<>(TargetOrgan.class);
        for (TargetOrgan organ : TargetOrgan.values()) {
            Integer minutes = lengths.get(organ);
            if (minutes == null) {
                throw DomainException.invalid("sessionMinutes." + organ.name(), "validation.required");
            }
            checked.put(organ, within(minutes, minSessionMinutes, maxSessionMinutes, "sessionMinutes." + organ.name()));
        }
        sessionMinutes = checked;
    }

    private static int within(int value, int min, int max, String field) {
        if (value < min || value > max) {
            throw DomainException.invalid(field, "validation.range", min, max);
        }
        return value;
    }

    /** How long a session for {@code organ} takes when the booking does not say. */
    public Duration sessionLength(TargetOrgan organ) {
        return Duration.ofMinutes(sessionMinutes.get(organ));
    }

    /** A length a booking chose, refused when outside the clinic's limits. */
    public Duration checkedLength(int minutes) {
        return Duration.ofMinutes(within(minutes, minSessionMinutes, maxSessionMinutes, "durationMinutes"));
    }

    public Duration recovery() {
        return Duration.ofMinutes(recoveryMinutes);
    }

    public Map<String, String> auditState() {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("recoveryBays", Integer.toString(recoveryBays));
        state.put("recoveryMinutes", Integer.toString(recoveryMinutes));
        state.put("minIntervalDays", Integer.toString(minIntervalDays));
        state.put("slotStepMinutes", Integer.toString(slotStepMinutes));
        state.put("sessionMinutes", minSessionMinutes + "-" + maxSessionMinutes + " " + sessionMinutes);
        state.put("searchDays", Integer.toString(searchDays));
        return state;
    }

    public int recoveryBays() {
        return recoveryBays;
    }

    public int recoveryMinutes() {
        return recoveryMinutes;
    }

    public int minIntervalDays() {
        return minIntervalDays;
    }

    public int slotStepMinutes() {
        return slotStepMinutes;
    }

    public int minSessionMinutes() {
        return minSessionMinutes;
    }

    public int maxSessionMinutes() {
        return maxSessionMinutes;
    }

    public int searchDays() {
        return searchDays;
    }

    public Map<TargetOrgan, Integer> sessionMinutes() {
        return Map.copyOf(sessionMinutes);
    }
}
