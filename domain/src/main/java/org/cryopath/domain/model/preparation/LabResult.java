package org.cryopath.domain.model.preparation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cryopath.domain.model.treatment.TreatmentCase;
import org.cryopath.domain.shared.DomainException;
import org.cryopath.domain.shared.Require;

/**
 * A blood test's result recorded against a case's preparation: which test (the code of a LABS item of the plan), the
 * day it was taken and its value as the laboratory wrote it. A session whose LABS items have no result taken inside
 * their window (within N days before the session's day) is flagged on the flow board.
 */
@Entity
@Table(name = "LAB_RESULT")
public class LabResult {

    public static final int RESULT_MAX_LENGTH = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "labResultIds")
    @SequenceGenerator(name = "labResultIds", sequenceName = "LAB_RESULT_SEQ", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "CASE_ID")
    private TreatmentCase treatmentCase;

    @Column(name = "TEST", length = 40)
    private String test;

    @Column(name = "TAKEN_ON")
    private LocalDate takenOn;

    @Column(name = "RESULT", length = RESULT_MAX_LENGTH)
    private String result;

    @Column(name = "RECORDED_AT")
    private Instant recordedAt;

    @Column(name = "RECORDED_BY", length = 100)
    private String recordedBy;

    protected LabResult() {
    }

    /** A result of a test the plan asks for, taken on a day that has come. */
    public static LabResult record(TreatmentCase treatmentCase, PreparationPlan plan, String test, LocalDate takenOn,
            String result, LocalDate today, String by, Instant now) {
        LabResult lab = new LabResult();
        lab.treatmentCase = Require.present(treatmentCase, "case");
        lab.test = Require.text(test, "test", 40);
        if (plan.items().stream().noneMatch(item -> item.kind() == PlanItemKind.LABS && item.code().equals(test))) {
            throw DomainException.invalid("test", "lab.test.notInPlan");
        }
        lab.takenOn = Require.present(takenOn, "takenOn");
        if (takenOn.isAfter(today)) {
            throw DomainException.invalid("takenOn", "lab.takenOn.future");
        }
        lab.result = Require.text(result, "result", RESULT_MAX_LENGTH);
        lab.recordedAt = now;
        lab.recordedBy = by;
        return lab;
    }

    /**
     * The LABS items of {@code plan} with no result taken inside their window before {@code sessionDay}: the tests
     * still missing for that day.
     */
    public static List<String> missing(PreparationPlan plan, List<LabResult> results, LocalDate sessionDay) {
        return plan.items().stream().filter(item -> item.kind() == PlanItemKind.LABS)
                .filter(item -> results.stream().noneMatch(r -> r.test.equals(item.code())
                        && !r.takenOn.isAfter(sessionDay)
                        && !r.takenOn.isBefore(sessionDay.minusDays(item.daysBefore()))))
                .map(PlanItem::code).toList();
    }

    public Map<String, String> auditState() {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("test", test);
        state.put("takenOn", takenOn.toString());
        state.put("result", result);
        return state;
    }

    public long id() {
        return id;
    }

    public TreatmentCase treatmentCase() {
        return treatmentCase;
    }

    public String test() {
        return test;
    }

    public LocalDate takenOn() {
        return takenOn;
    }

    public String result() {
        return result;
    }
}
