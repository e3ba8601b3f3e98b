package org.cryopath.domain.model.preparation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.cryopath.domain.model.patient.Language;
import org.cryopath.domain.model.protocol.FastingRule;
import org.cryopath.domain.model.protocol.MedicationRule;
import org.cryopath.domain.model.protocol.ProtocolVersion;
import org.cryopath.domain.model.protocol.TextTopic;
import org.cryopath.domain.model.referral.Referral;
import org.cryopath.domain.model.treatment.TreatmentCase;
import org.cryopath.domain.shared.DomainException;
import org.cryopath.domain.shared.Require;

/**
 * A patient's preparation for their treatment: dated instructions about medicines, blood tests, fasting, arrival
 * and what to bring. Generated from the clinic's protocol by organ, anaesthesia and the patient's medicines and
 * flags, then edited by clinicians, then issued to the patient (email E2), who acknowledges it through a link.
 *
 * <p>Plans are versioned per case: a change to an issued plan is a new draft, whose issue supersedes the previous
 * version. Every version records the protocol version it came from.
 */
@Entity
@Table(name = "PREPARATION_PLAN")
public class PreparationPlan {

    public static final int NOTE_MAX_LENGTH = 2000;
    public static final int MAX_ITEMS = 60;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "preparationPlanIds")
    @SequenceGenerator(name = "preparationPlanIds", sequenceName = "PREPARATION_PLAN_SEQ", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "CASE_ID")
    private TreatmentCase treatmentCase;

    @Column(name = "PLAN_VERSION")
    private int planVersion;

    /** The protocol version the plan was generated from. */
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "PROTOCOL_VERSION_ID")
    private ProtocolVersion protocol;

    @Enumerated(EnumType.STRING)
    @Column(name = "LANGUAGE", length = 8)
    private Language language;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", length = 16)
    private PlanStatus status;

    /** The drug classes the patient takes, as the clinician recorded them when generating the plan. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "PREPARATION_PLAN_MEDICATION", joinColumns = @JoinColumn(name = "PLAN_ID"))
    @Column(name = "DRUG_CLASS", length = 40)
    private Set<String> medications = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "PREPARATION_PLAN_ITEM", joinColumns = @JoinColumn(name = "PLAN_ID"))
    @OrderColumn(name = "POSITION")
    private List<PlanItem> items = new ArrayList<>();

    @Column(name = "NOTE", length = NOTE_MAX_LENGTH)
    private String note;

    @Column(name = "CREATED_AT")
    private Instant createdAt;

    @Column(name = "ISSUED_AT")
    private Instant issuedAt;

    @Column(name = "ACKNOWLEDGED_AT")
    private Instant acknowledgedAt;

    @Version
    @Column(name = "ROW_VERSION")
    private long rowVersion;

    protected PreparationPlan() {
    }

    /**
     * The first plan of a case, built from the protocol: for each medicine the patient takes, its rule (and the blood
     * test it requires); fasting for the case's anaesthesia; the arrival lead time; the diabetes instructions when
     * the referral says the patient has diabetes; the organ's own instructions; what to bring. All texts in the
     * patient's language.
     *
     * @param medications drug classes of the protocol that the patient takes; an unknown one is refused
     */
    public static PreparationPlan generate(TreatmentCase treatmentCase, ProtocolVersion protocol, Set<String> medications,
            Instant now) {
        Require.present(treatmentCase, "case");
        if (!treatmentCase.acceptsPreparation()) {
            throw DomainException.refused("case.preparation.notOpen", treatmentCase.status());
        }
        Referral referral = treatmentCase.referral();
        Language language = treatmentCase.patient().preferredLanguage();
        List<PlanItem> generated = new ArrayList<>();
        for (MedicationRule rule : protocol.medications()) {
            if (medications.contains(rule.drugClass())) {
                generated.add(PlanItem.medication(rule.drugClass(), rule.action(), rule.daysBefore(), rule.instruction(language)));
                if (rule.requiresLab()) {
                    generated.add(PlanItem.labs(rule.labTest(), rule.labWithinDays(), rule.labInstruction(language)));
                }
            }
        }
        for (String drugClass : medications) {
            if (protocol.medication(drugClass).isEmpty()) {
                throw DomainException.invalid("medications", "plan.medication.unknown", drugClass);
            }
        }
        FastingRule fasting = protocol.fastingFor(treatmentCase.anaesthesia());
        protocol.texts(TextTopic.FASTING_SOLIDS, null, language).forEach(text -> generated.add(PlanItem.fasting("solids",
                fasting.solidFoodHours(), text.replace("{hours}", Integer.toString(fasting.solidFoodHours())))));
        protocol.texts(TextTopic.FASTING_FLUIDS, null, language).forEach(text -> generated.add(PlanItem.fasting(
                "clear-fluids", fasting.clearFluidsHours(),
                text.replace("{hours}", Integer.toString(fasting.clearFluidsHours())))));
        protocol.texts(TextTopic.ARRIVAL, null, language).forEach(text -> generated.add(PlanItem.arrival(
                protocol.arrivalMinutes(), text.replace("{minutes}", Integer.toString(protocol.arrivalMinutes())))));
        if (referral.diabetic()) {
            protocol.texts(TextTopic.DIABETES, null, language).forEach(text -> generated.add(PlanItem.other(text)));
        }
        protocol.texts(TextTopic.ORGAN, referral.targetOrgan(), language).forEach(text -> generated.add(PlanItem.other(text)));
        protocol.texts(TextTopic.BRING, null, language).forEach(text -> generated.add(PlanItem.bring(text)));

        PreparationPlan plan = new PreparationPlan();
        plan.treatmentCase = treatmentCase;
        plan.planVersion = 1;
        plan.protocol = protocol;
        plan.language = language;
        plan.status = PlanStatus.DRAFT;
        plan.medications = new LinkedHashSet<>(medications);
        plan.items = checkedItems(generated);
        plan.createdAt = Require.present(now, "now");
        return plan;
    }

    /** A new draft that starts as a copy of this issued plan: how an issued plan is changed. */
    public PreparationPlan nextDraft(Instant now) {
        if (status != PlanStatus.ISSUED) {
            throw DomainException.refused("plan.nextDraft.notIssued", status);
        }
        PreparationPlan next = new PreparationPlan();
        next.treatmentCase = treatmentCase;
        next.planVersion = planVersion + 1;
        next.protocol = protocol;
        next.language = language;
        next.status = PlanStatus.DRAFT;
        next.medications = new LinkedHashSet<>(medications);
        next.items = new ArrayList<>(items);
        next.note = note;
        next.createdAt = now;
        return next;
    }

    /** A clinician edited the draft: its items (added, removed, adjusted) and the free-text note. */
    public void revise(List<PlanItem> newItems, String newNote) {
        requireDraft();
        items = checkedItems(newItems);
        note = Require.optionalText(newNote, "note", NOTE_MAX_LENGTH);
    }

    /**
     * The draft goes to the patient, in place of the version issued before it, which no longer applies (its
     * acknowledgement link is void). The case is then being prepared.
     *
     * @param current the case's version issued until now, or null for the first issue; it must be the issued
     *                version of the same case that this draft was started from (an older number)
     */
    public void issue(PreparationPlan current, Instant now) {
        requireDraft();
        if (items.isEmpty()) {
            throw DomainException.refused("plan.issue.empty");
        }
        if (current != null) {
            if (!current.treatmentCase.isSameCaseAs(treatmentCase) || current.status != PlanStatus.ISSUED
                    || current.planVersion >= planVersion) {
                throw DomainException.refused("plan.issue.notCurrent", current.planVersion, current.status);
            }
            current.status = PlanStatus.SUPERSEDED;
        } else if (planVersion > 1) {
            throw DomainException.refused("plan.issue.previousMissing", planVersion);
        }
        status = PlanStatus.ISSUED;
        issuedAt = Require.present(now, "now");
        treatmentCase.preparationIssued();
    }

    /** The patient confirmed through their link that they have read this version. */
    public void acknowledge(Instant now) {
        if (status != PlanStatus.ISSUED) {
            throw DomainException.refused("plan.acknowledge.notCurrent", status);
        }
        if (acknowledgedAt == null) {
            acknowledgedAt = now;
        }
    }

    /**
     * The first day a session may start when the plan is issued on {@code issuedOn}: the longest lead time of its
     * medicines (a 5-day warfarin hold issued today allows today + 5 days). Slot search starts there.
     */
    public LocalDate earliestStart(LocalDate issuedOn) {
        return issuedOn.plusDays(items.stream().mapToInt(PlanItem::leadDays).max().orElse(0));
    }

    /**
     * The first day a session may start, counted in the clinic's zone from the day the plan was issued, or, for a
     * draft, from the day of {@code now}.
     */
    public LocalDate earliestStart(ZoneId clinicZone, Instant now) {
        return earliestStart(LocalDate.ofInstant(issuedAt != null ? issuedAt : now, clinicZone));
    }

    private void requireDraft() {
        if (status != PlanStatus.DRAFT) {
            throw DomainException.refused("plan.notDraft", status);
        }
    }

    private static List<PlanItem> checkedItems(List<PlanItem> candidate) {
        if (candidate.size() > MAX_ITEMS) {
            throw DomainException.invalid("items", "plan.items.tooMany", MAX_ITEMS);
        }
        return new ArrayList<>(candidate);
    }

    public Map<String, String> auditState() {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("planVersion", Integer.toString(planVersion));
        state.put("status", status.name());
        state.put("protocolVersion", Integer.toString(protocol.number()));
        state.put("medications", String.join(", ", medications));
        state.put("items", Integer.toString(items.size()));
        // One field per item, with its words: an edit of one instruction's wording shows as that item's old and new
        // text. Numbered with two digits so the audit log lists them in order.
        for (int i = 0; i < items.size(); i++) {
            state.put(String.format(Locale.ROOT, "item %02d", i + 1), items.get(i) + ": " + items.get(i).text());
        }
        state.put("note", note == null ? "" : note);
        state.put("acknowledged", Boolean.toString(acknowledgedAt != null));
        return state;
    }

    public long id() {
        return id;
    }

    public TreatmentCase treatmentCase() {
        return treatmentCase;
    }

    public int planVersion() {
        return planVersion;
    }

    public ProtocolVersion protocol() {
        return protocol;
    }

    public int protocolVersionNumber() {
        return protocol.number();
    }

    public Language language() {
        return language;
    }

    public PlanStatus status() {
        return status;
    }

    public Set<String> medications() {
        return Set.copyOf(medications);
    }

    public List<PlanItem> items() {
        return List.copyOf(items);
    }

    public String note() {
        return note;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public Instant acknowledgedAt() {
        return acknowledgedAt;
    }
}
