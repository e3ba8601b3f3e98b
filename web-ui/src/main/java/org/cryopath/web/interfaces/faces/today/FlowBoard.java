package org.cryopath.web.interfaces.faces.today;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.cryopath.domain.model.session.FlowStage;
import org.cryopath.domain.model.session.SessionOutcome;
import org.cryopath.domain.shared.DomainException;
import org.cryopath.scheduling.application.ProcedureDay;
import org.cryopath.scheduling.application.ProcedureDay.FlowItem;
import org.cryopath.web.interfaces.faces.support.DomainErrors;
import org.cryopath.web.interfaces.faces.support.ServiceReference;
import org.cryopath.web.interfaces.faces.support.Texts;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * The procedure day's flow board ({@code /today/flow.xhtml}): today's patients by stage with the counts, and the next
 * step of the one chosen: check in (without a confirmed escort only a clinician, with a reason), no-show, procedure
 * start, its end (completed, or aborted with the reason), discharge with who collected the patient.
 */
@Named
@ViewScoped
public class FlowBoard implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String STEP_FORM = "step";

    @EJB
    transient ProcedureDay day;

    @Inject
    DomainErrors errors;

    private ProcedureDay.Board board;
    private Long chosenId;
    private String overrideReason;
    private SessionOutcome outcome = SessionOutcome.COMPLETED;
    private String outcomeNote;
    private String collectedBy;
    private String labTest;
    private LocalDate labTakenOn;
    private String labResult;

    @PostConstruct
    public void refresh() {
        board = day.today();
    }

    /** Chooses the patient whose next step the panel below the list shows. */
    public void choose(long sessionId) {
        refresh();
        chosenId = sessionId;
        overrideReason = null;
        outcome = SessionOutcome.COMPLETED;
        outcomeNote = null;
        collectedBy = null;
        FlowItem item = getChosen();
        labTest = item == null || item.missingLabs().isEmpty() ? null : item.missingLabs().get(0);
        labTakenOn = null;
        labResult = null;
    }

    /** Records a blood test's result for the chosen patient's case: the flag goes once it is inside its window. */
    public void recordLabResult() {
        FlowItem item = getChosen();
        try {
            day.recordLabResult(item.caseId(), labTest, labTakenOn, labResult);
            Messages.addGlobalInfo(Texts.get("flow.labRecorded", item.patientName()));
            Faces.getFlash().setKeepMessages(true);
            Faces.redirect("today/flow.xhtml");
        } catch (DomainException e) {
            errors.show(e, STEP_FORM);
            refresh();
        }
    }

    public void checkIn() {
        act(() -> day.checkIn(chosenId, overrideReason), "flow.checkedIn");
    }

    public void markNoShow() {
        act(() -> day.markNoShow(chosenId), "flow.noShowMarked");
    }

    public void startProcedure() {
        act(() -> day.startProcedure(chosenId), "flow.procedureStarted");
    }

    public void endProcedure() {
        act(() -> day.endProcedure(chosenId, outcome, outcomeNote), outcome == SessionOutcome.ABORTED
                ? "flow.procedureAborted" : "flow.procedureCompleted");
    }

    public void discharge() {
        act(() -> day.discharge(chosenId, collectedBy), "flow.discharged");
    }

    /** Done: the board loads afresh with the confirmation kept across the redirect, so a reload repeats nothing. */
    private void act(Supplier<FlowItem> step, String confirmationKey) {
        try {
            FlowItem item = step.get();
            Messages.addGlobalInfo(Texts.get(confirmationKey, item.patientName()));
            Faces.getFlash().setKeepMessages(true);
            Faces.redirect("today/flow.xhtml");
        } catch (DomainException e) {
            errors.show(e, STEP_FORM);
            refresh();
        }
    }

    public ProcedureDay.Board getBoard() {
        return board;
    }

    public List<FlowStage> getStages() {
        return List.of(FlowStage.EXPECTED, FlowStage.CHECKED_IN, FlowStage.IN_PROCEDURE, FlowStage.RECOVERY,
                FlowStage.DISCHARGED);
    }

    public long count(FlowStage stage) {
        return board.counts().getOrDefault(stage, 0L);
    }

    /** The patient chosen, as the board shows them now; null before a choice. */
    public FlowItem getChosen() {
        return chosenId == null ? null : board.sessions().stream().filter(item -> item.sessionId() == chosenId)
                .findFirst().orElse(null);
    }

    public List<SessionOutcome> getOutcomes() {
        return List.of(SessionOutcome.values());
    }

    public String getOverrideReason() {
        return overrideReason;
    }

    public void setOverrideReason(String overrideReason) {
        this.overrideReason = overrideReason;
    }

    public SessionOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(SessionOutcome outcome) {
        this.outcome = outcome;
    }

    public String getOutcomeNote() {
        return outcomeNote;
    }

    public void setOutcomeNote(String outcomeNote) {
        this.outcomeNote = outcomeNote;
    }

    public String getLabTest() {
        return labTest;
    }

    public void setLabTest(String labTest) {
        this.labTest = labTest;
    }

    public LocalDate getLabTakenOn() {
        return labTakenOn;
    }

    public void setLabTakenOn(LocalDate labTakenOn) {
        this.labTakenOn = labTakenOn;
    }

    public String getLabResult() {
        return labResult;
    }

    public void setLabResult(String labResult) {
        this.labResult = labResult;
    }

    public String getCollectedBy() {
        return collectedBy;
    }

    public void setCollectedBy(String collectedBy) {
        this.collectedBy = collectedBy;
    }

    /** Deserialized on another instance: the services are looked up there (see {@link ServiceReference}). */
    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        day = ServiceReference.lookedUpOnFirstUse(ProcedureDay.class);
    }
}
