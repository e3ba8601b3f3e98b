package org.cryopath.domain.model.protocol;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cryopath.domain.model.patient.Language;
import org.cryopath.domain.model.referral.TargetOrgan;
import org.cryopath.domain.model.treatment.Anaesthesia;
import org.cryopath.domain.shared.DomainException;
import org.cryopath.domain.shared.Require;

/**
 * One version of the clinic's preparation protocol: medication rules, fasting by anaesthesia, arrival lead time,
 * and the texts patients read. CryoPath carries the clinic's protocol; it gives no medical advice. A version never
 * changes once saved: the administrator's edits make the next version, and every preparation plan records the
 * version it came from. The first version is seeded with defaults marked "review before clinical use".
 */
@Entity
@Table(name = "PROTOCOL_VERSION")
public class ProtocolVersion {

    public static final int MAX_ARRIVAL_MINUTES = 240;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "protocolIds")
    @SequenceGenerator(name = "protocolIds", sequenceName = "PROTOCOL_SEQ", allocationSize = 50)
    private Long id;

    @Column(name = "VERSION_NUMBER")
    private int number;

    @Column(name = "CREATED_AT")
    private Instant createdAt;

    @Column(name = "CREATED_BY", length = 100)
    private String createdBy;

    @Column(name = "CHANGE_NOTE", length = 1000)
    private String changeNote;

    /** True for defaults nobody at the clinic has reviewed yet. */
    @Column(name = "REVIEW_REQUIRED")
    private boolean reviewRequired;

    @Column(name = "ARRIVAL_MINUTES")
    private int arrivalMinutes;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "PROTOCOL_MEDICATION", joinColumns = @JoinColumn(name = "PROTOCOL_ID"))
    @OrderColumn(name = "POSITION")
    private List<MedicationRule> medications = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "PROTOCOL_FASTING", joinColumns = @JoinColumn(name = "PROTOCOL_ID"))
    @OrderColumn(name = "POSITION")
    private List<FastingRule> fasting = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "PROTOCOL_TEXT", joinColumns = @JoinColumn(name = "PROTOCOL_ID"))
    @OrderColumn(name = "POSITION")
    private List<ProtocolText> texts = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "PROTOCOL_FOLLOW_UP", joinColumns = @JoinColumn(name = "PROTOCOL_ID"))
    @OrderColumn(name = "POSITION")
    private List<FollowUpImagingRule> followUpImaging = new ArrayList<>();

    protected ProtocolVersion() {
    }

    /** The clinic's first protocol (the defaults CryoPath is installed with). */
    public static ProtocolVersion first(String createdBy, String note, boolean reviewRequired, int arrival,
            List<MedicationRule> medications, List<FastingRule> fasting, List<ProtocolText> texts, Instant now) {
        return build(1, createdBy, note, reviewRequired, arrival, medications, fasting, texts, now);
    }

    /** The defaults' follow-up imaging, given to a first version (see {@link DefaultProtocol}). */
    ProtocolVersion withImaging(List<FollowUpImagingRule> imaging) {
        followUpImaging = new ArrayList<>(imaging);
        return this;
    }

    /**
     * The version after this one, as the administrator edited it.
     *
     * @param reviewed the administrator confirms the content was reviewed for clinical use
     */
    public ProtocolVersion revise(String editedBy, String note, boolean reviewed, int arrival,
            List<MedicationRule> newMedications, List<FastingRule> newFasting, List<ProtocolText> newTexts, Instant now) {
        ProtocolVersion next = build(number + 1, editedBy, note, !reviewed, arrival, newMedications, newFasting,
                newTexts, now);
        next.followUpImaging = new ArrayList<>(followUpImaging);
        return next;
    }

    /**
     * The version after this one with follow-up content added where this one has none (imaging months per organ,
     * after-care texts): how an installation whose protocol predates follow-up gets the defaults, still to be reviewed.
     */
    public ProtocolVersion withFollowUpDefaults(List<FollowUpImagingRule> imaging, List<ProtocolText> afterCareTexts,
            String note, Instant now) {
        List<ProtocolText> newTexts = new ArrayList<>(texts);
        afterCareTexts.stream().filter(text -> texts.stream().noneMatch(own -> own.topic() == text.topic()))
                .forEach(newTexts::add);
        ProtocolVersion next = build(number + 1, "system", note, true, arrivalMinutes, medications, fasting, newTexts,
                now);
        next.followUpImaging = new ArrayList<>(followUpImaging.isEmpty() ? imaging : followUpImaging);
        return next;
    }

    /** True when this version carries the follow-up content (imaging months, the after-care texts). */
    public boolean hasFollowUp() {
        return !followUpImaging.isEmpty() && texts.stream().anyMatch(text -> text.topic() == TextTopic.WARNING_SIGN);
    }

    /** The months after treatment of the organ's follow-up scans, in order; none when the protocol plans none. */
    public List<Integer> imagingMonths(TargetOrgan organ) {
        return followUpImaging.stream().filter(rule -> rule.organ() == organ).map(FollowUpImagingRule::monthsAfter)
                .sorted().distinct().toList();
    }

    public List<FollowUpImagingRule> followUpImaging() {
        return followUpImaging;
    }

    /** Drug classes are unique; every anaesthesia has exactly one fasting rule. */
    private static ProtocolVersion build(int number, String createdBy, String note, boolean reviewRequired, int arrival,
            List<MedicationRule> medications, List<FastingRule> fasting, List<ProtocolText> texts, Instant now) {
        ProtocolVersion version = new ProtocolVersion();
        version.number = number;
        version.createdAt = Require.present(now, "now");
        version.createdBy = Require.text(createdBy, "editedBy", 100);
        version.changeNote = Require.text(note, "changeNote", 1000);
        version.reviewRequired = reviewRequired;
        if (arrival < 0 || arrival > MAX_ARRIVAL_MINUTES) {
            throw DomainException.invalid("arrivalMinutes", "validation.arrivalMinutes", MAX_ARRIVAL_MINUTES);
        }
        version.arrivalMinutes = arrival;
        Set<String> classes = new HashSet<>();
        for (MedicationRule rule : medications) {
            if (!classes.add(rule.drugClass())) {
                throw DomainException.invalid("medications", "protocol.drugClass.duplicate", rule.drugClass());
            }
        }
        for (Anaesthesia anaesthesia : Anaesthesia.values()) {
            if (fasting.stream().filter(rule -> rule.anaesthesia() == anaesthesia).count() != 1) {
                throw DomainException.invalid("fasting", "protocol.fasting.onePerAnaesthesia");
            }
        }
        version.medications = new ArrayList<>(medications);
        version.fasting = new ArrayList<>(fasting);
        version.texts = new ArrayList<>(texts);
        return version;
    }

    public Optional<MedicationRule> medication(String drugClass) {
        return medications.stream().filter(rule -> rule.drugClass().equals(drugClass)).findFirst();
    }

    public FastingRule fastingFor(Anaesthesia anaesthesia) {
        return fasting.stream().filter(rule -> rule.anaesthesia() == anaesthesia).findFirst()
                .orElseThrow(() -> new IllegalStateException("Protocol " + number + " has no fasting rule for " + anaesthesia));
    }

    /** The texts on a topic in a language (for an organ, when the topic is written per organ). */
    public List<String> texts(TextTopic topic, TargetOrgan organ, Language language) {
        return texts.stream().filter(text -> text.isFor(topic, organ, language)).map(ProtocolText::text).toList();
    }

    public long id() {
        return id;
    }

    public int number() {
        return number;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public String changeNote() {
        return changeNote;
    }

    public boolean reviewRequired() {
        return reviewRequired;
    }

    public int arrivalMinutes() {
        return arrivalMinutes;
    }

    public List<MedicationRule> medications() {
        return List.copyOf(medications);
    }

    public List<FastingRule> fasting() {
        return List.copyOf(fasting);
    }

    public List<ProtocolText> texts() {
        return List.copyOf(texts);
    }
}
