package org.cryopath.web.interfaces.faces.followup;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.function.Supplier;
import org.cryopath.domain.model.followup.ImagingModality;
import org.cryopath.domain.shared.DomainException;
import org.cryopath.scheduling.application.FollowUps;
import org.cryopath.scheduling.application.FollowUps.Touchpoint;
import org.cryopath.scheduling.application.Page;
import org.cryopath.web.interfaces.faces.support.ClinicTime;
import org.cryopath.web.interfaces.faces.support.DomainErrors;
import org.cryopath.web.interfaces.faces.support.PagedResults;
import org.cryopath.web.interfaces.faces.support.ServiceReference;
import org.cryopath.web.interfaces.faces.support.Texts;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * The follow-up worklist ({@code /followup/worklist.xhtml}): the open imaging touchpoints, the soonest due first,
 * {@value #PAGE_SIZE} to a page. Choose one to book it (day, time, place, modality: the patient gets E10), mark it
 * done, or cancel it with a reason.
 */
@Named
@ViewScoped
public class FollowUpWorklist implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int PAGE_SIZE = 25;
    static final String STEP_FORM = "touchpoint";
    static final String CLOSE_FORM = "closeCase";

    @EJB
    transient FollowUps followUps;

    @Inject
    DomainErrors errors;

    @Inject
    ClinicTime clinicTime;

    private final PagedResults<Touchpoint> rows = new PagedResults<>(this::page, row -> Long.toString(row.id()));

    /** One case's open touchpoints only ({@code ?case=42}, from the patient's timeline), or null for all. */
    private Long caseId;

    private Touchpoint chosen;
    private LocalDate day;
    private LocalTime time;
    private String place;
    private ImagingModality modality;
    private String reason;
    private String closeReason;

    private Page<Touchpoint> page(int first, int size) {
        if (caseId == null) {
            return followUps.worklist(first, size);
        }
        List<Touchpoint> open = followUps.ofCase(caseId).touchpoints().stream().filter(t -> t.status().isOpen())
                .toList();
        return new Page<>(open.subList(Math.min(first, open.size()), Math.min(first + size, open.size())), open.size());
    }

    /** Chooses the touchpoint the panel below the list works on. */
    public void choose(Touchpoint touchpoint) {
        chosen = touchpoint;
        day = touchpoint.dueOn();
        time = null;
        place = null;
        modality = null;
        reason = null;
    }

    public void book() {
        if (day == null || time == null) {
            errors.show(DomainException.invalid(day == null ? "appointmentAt" : "time", "validation.required"), STEP_FORM);
            return;
        }
        act(() -> followUps.book(chosen.id(), clinicTime.at(day, time), place, modality), "followUp.bookedMessage");
    }

    public void markDone() {
        act(() -> followUps.markDone(chosen.id()), "followUp.doneMessage");
    }

    public void cancel() {
        act(() -> followUps.cancel(chosen.id(), reason), "followUp.cancelledMessage");
    }

    /** A clinician ends this case's follow-up early, with the reason; its open scans are cancelled with it. */
    public void closeCase() {
        try {
            followUps.closeCase(caseId, closeReason);
            Messages.addGlobalInfo(Texts.get("followUp.caseClosedMessage"));
            Faces.getFlash().setKeepMessages(true);
            Faces.redirect("followup/worklist.xhtml?case=%s", caseId);
        } catch (DomainException e) {
            errors.show(e, CLOSE_FORM);
        }
    }

    private void act(Supplier<Touchpoint> step, String confirmationKey) {
        try {
            Touchpoint done = step.get();
            Messages.addGlobalInfo(Texts.get(confirmationKey, done.patientName(), clinicTime.longDate(done.dueOn())));
            Faces.getFlash().setKeepMessages(true);
            if (caseId == null) {
                Faces.redirect("followup/worklist.xhtml");
            } else {
                Faces.redirect("followup/worklist.xhtml?case=%s", caseId);
            }
        } catch (DomainException e) {
            errors.show(e, STEP_FORM);
        }
    }

    public Long getCaseId() {
        return caseId;
    }

    public void setCaseId(Long caseId) {
        this.caseId = caseId;
    }

    public PagedResults<Touchpoint> getRows() {
        return rows;
    }

    public int getPageSize() {
        return PAGE_SIZE;
    }

    public Touchpoint getChosen() {
        return chosen;
    }

    public List<ImagingModality> getModalities() {
        return List.of(ImagingModality.values());
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public LocalTime getTime() {
        return time;
    }

    public void setTime(LocalTime time) {
        this.time = time;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public ImagingModality getModality() {
        return modality;
    }

    public void setModality(ImagingModality modality) {
        this.modality = modality;
    }

    public String getCloseReason() {
        return closeReason;
    }

    public void setCloseReason(String closeReason) {
        this.closeReason = closeReason;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    /** Deserialized on another instance: the services are looked up there (see {@link ServiceReference}). */
    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        followUps = ServiceReference.lookedUpOnFirstUse(FollowUps.class);
    }
}
