package org.cryopath.web.interfaces.faces.triage;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.List;
import org.cryopath.domain.model.referral.GuidancePreference;
import org.cryopath.domain.model.treatment.Anaesthesia;
import org.cryopath.domain.model.treatment.Guidance;
import org.cryopath.domain.model.treatment.TreatmentCaseId;
import org.cryopath.domain.shared.DomainException;
import org.cryopath.scheduling.application.Triage;
import org.cryopath.scheduling.application.TriageItem;
import org.cryopath.web.interfaces.faces.support.DomainErrors;
import org.cryopath.web.interfaces.faces.support.PagedResults;
import org.cryopath.web.interfaces.faces.support.ServiceReference;
import org.cryopath.web.interfaces.faces.support.Texts;
import org.omnifaces.util.Messages;

/**
 * Clinicians work the triage inbox ({@code /triage/inbox.xhtml}): referrals received or waiting for the referrer,
 * urgent first, then the longest waiting, {@value #PAGE_SIZE} to a page, with how many wait in all. Accepting one
 * opens its treatment case and goes on to its preparation.
 */
@Named
@ViewScoped
public class TriageInbox implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String DECISION_FORM = "decision";
    /** Referrals on one page of the inbox: a screen or two, whatever the backlog. */
    public static final int PAGE_SIZE = 25;

    @EJB
    transient Triage triage;

    @Inject
    DomainErrors errors;

    private String patient;
    private final PagedResults<TriageItem> items = new PagedResults<>((first, size) -> triage.inbox(patient, first, size),
            item -> Long.toString(item.referralId()));
    private TriageItem selected;
    private Anaesthesia anaesthesia;
    private Guidance guidance;
    private int plannedSessions = 1;
    private String reason;
    private String question;

    /** Shows only the referrals of the patients found by MRN or the start of a name; the table starts at its first page. */
    public void find() {
        items.restart();
    }

    /** The whole inbox again. */
    public void showAll() {
        patient = null;
        items.restart();
    }

    /** Opens a decision on one referral, with triage's likely choices filled in. */
    public void select(TriageItem item) {
        selected = item;
        anaesthesia = Anaesthesia.SEDATION;
        guidance = item.requestedGuidance() == GuidancePreference.ULTRASOUND ? Guidance.ULTRASOUND
                : item.requestedGuidance() == GuidancePreference.CT ? Guidance.CT : null;
        plannedSessions = 1;
        reason = null;
        question = null;
    }

    /** Accepts the selected referral and goes to the new case's preparation. */
    public String accept() {
        try {
            TreatmentCaseId opened = triage.accept(selected.referralId(), new Triage.Decision(anaesthesia, guidance, plannedSessions));
            Messages.addFlashGlobalInfo(Texts.get("triage.accepted"));
            return "/preparation/plan?faces-redirect=true&case=" + opened.value();
        } catch (DomainException e) {
            errors.show(e, DECISION_FORM);
            return null;
        }
    }

    public void decline() {
        decide(() -> triage.decline(selected.referralId(), reason), "triage.declined");
    }

    public void askForInformation() {
        decide(() -> triage.askForInformation(selected.referralId(), question), "triage.informationRequested");
    }

    public void informationReceived(TriageItem item) {
        decide(() -> triage.informationReceived(item.referralId()), "triage.informationReceived");
    }

    private void decide(Runnable decision, String confirmationKey) {
        try {
            decision.run();
            Messages.addGlobalInfo(Texts.get(confirmationKey));
            selected = null;
            items.restart();
        } catch (DomainException e) {
            errors.show(e, DECISION_FORM);
        }
    }

    public PagedResults<TriageItem> getItems() {
        return items;
    }

    public int getPageSize() {
        return PAGE_SIZE;
    }

    public String getPatient() {
        return patient;
    }

    public void setPatient(String patient) {
        this.patient = patient;
    }

    public TriageItem getSelected() {
        return selected;
    }

    public List<Anaesthesia> getAnaesthesias() {
        return List.of(Anaesthesia.values());
    }

    public List<Guidance> getGuidances() {
        return List.of(Guidance.values());
    }

    public int getMaxSessions() {
        return Triage.MAX_PLANNED_SESSIONS;
    }

    public Anaesthesia getAnaesthesia() {
        return anaesthesia;
    }

    public void setAnaesthesia(Anaesthesia anaesthesia) {
        this.anaesthesia = anaesthesia;
    }

    public Guidance getGuidance() {
        return guidance;
    }

    public void setGuidance(Guidance guidance) {
        this.guidance = guidance;
    }

    public int getPlannedSessions() {
        return plannedSessions;
    }

    public void setPlannedSessions(int plannedSessions) {
        this.plannedSessions = plannedSessions;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getQuestion() {
        return question;
    }

    public void setQuestion(String question) {
        this.question = question;
    }

    /** Deserialized on another instance: the services are looked up there (see {@link ServiceReference}). */
    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        triage = ServiceReference.lookedUpOnFirstUse(Triage.class);
    }
}
