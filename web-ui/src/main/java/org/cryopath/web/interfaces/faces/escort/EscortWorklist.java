package org.cryopath.web.interfaces.faces.escort;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.cryopath.domain.model.session.EscortCallOutcome;
import org.cryopath.domain.shared.DomainException;
import org.cryopath.scheduling.application.EscortDesk;
import org.cryopath.web.interfaces.faces.support.DomainErrors;
import org.cryopath.web.interfaces.faces.support.ServiceReference;
import org.cryopath.web.interfaces.faces.support.Texts;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * The escort worklist ({@code /escort/worklist.xhtml}): upcoming sessions whose escort is not confirmed, the soonest
 * first, at-risk ones marked, each with the patient's phone and the calls so far. The front desk opens one
 * ({@code ?session=42}), logs a call attempt and its outcome, or records the answer the patient gave on the phone:
 * the escort confirmed ({@code STAFF_PHONE}, audited with who called) or nobody available.
 */
@Named
@ViewScoped
public class EscortWorklist implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String CALL_FORM = "call";
    static final String PHONE_FORM = "phone";

    /** The outcomes a call attempt is logged with; an answer is recorded on its own form. */
    private static final List<EscortCallOutcome> ATTEMPTS = Arrays.stream(EscortCallOutcome.values())
            .filter(outcome -> outcome != EscortCallOutcome.CONFIRMED && outcome != EscortCallOutcome.UNAVAILABLE)
            .toList();

    @EJB
    transient EscortDesk desk;

    @Inject
    DomainErrors errors;

    private List<EscortDesk.Entry> entries = List.of();
    private Long selectedId;
    private EscortCallOutcome outcome = EscortCallOutcome.NO_ANSWER;
    private String callNote;
    private String escortName;
    private String escortPhone;
    private String escortRelationship;
    private String phoneNote;

    @PostConstruct
    void load() {
        String session = Faces.getRequestParameter("session");
        if (session != null && session.matches("\\d{1,18}")) {
            selectedId = Long.valueOf(session);
        }
        refresh();
    }

    private void refresh() {
        entries = desk.worklist();
    }

    public void logCall() {
        act(() -> desk.logCall(selectedId, outcome, callNote), CALL_FORM, "escort.callLogged", false);
        callNote = null;
    }

    public void confirmByPhone() {
        act(() -> desk.confirmByPhone(selectedId, new EscortDesk.Answer(escortName, escortPhone, escortRelationship,
                phoneNote)), PHONE_FORM, "escort.confirmedByPhone", true);
    }

    public void unavailableByPhone() {
        act(() -> desk.unavailableByPhone(selectedId, phoneNote), PHONE_FORM, "escort.unavailableByPhone", false);
    }

    private void act(Runnable action, String form, String doneKey, boolean closes) {
        if (selectedId == null) {
            return;
        }
        try {
            action.run();
            Messages.addGlobalInfo(Texts.get(doneKey));
            if (closes) {
                selectedId = null;
                escortName = null;
                escortPhone = null;
                escortRelationship = null;
                phoneNote = null;
            }
        } catch (DomainException e) {
            errors.show(e, form);
        }
        refresh();
    }

    public List<EscortDesk.Entry> getEntries() {
        return entries;
    }

    /** The session opened from the list, while it is on it. */
    public EscortDesk.Entry getSelected() {
        return selectedId == null ? null : find(selectedId).orElse(null);
    }

    private Optional<EscortDesk.Entry> find(long sessionId) {
        return entries.stream().filter(entry -> entry.sessionId() == sessionId).findFirst();
    }

    public List<EscortCallOutcome> getOutcomes() {
        return ATTEMPTS;
    }

    public EscortCallOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(EscortCallOutcome outcome) {
        this.outcome = outcome;
    }

    public String getCallNote() {
        return callNote;
    }

    public void setCallNote(String callNote) {
        this.callNote = callNote;
    }

    public String getEscortName() {
        return escortName;
    }

    public void setEscortName(String escortName) {
        this.escortName = escortName;
    }

    public String getEscortPhone() {
        return escortPhone;
    }

    public void setEscortPhone(String escortPhone) {
        this.escortPhone = escortPhone;
    }

    public String getEscortRelationship() {
        return escortRelationship;
    }

    public void setEscortRelationship(String escortRelationship) {
        this.escortRelationship = escortRelationship;
    }

    public String getPhoneNote() {
        return phoneNote;
    }

    public void setPhoneNote(String phoneNote) {
        this.phoneNote = phoneNote;
    }

    /** Deserialized on another instance: the services are looked up there (see {@link ServiceReference}). */
    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        desk = ServiceReference.lookedUpOnFirstUse(EscortDesk.class);
    }
}
