package org.cryopath.web.interfaces.faces.outbox;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.cryopath.domain.shared.DomainException;
import org.cryopath.notifications.application.MessagePreview;
import org.cryopath.notifications.application.OutboxCounts;
import org.cryopath.notifications.application.OutboxEntry;
import org.cryopath.notifications.application.OutboxMonitoring;
import org.cryopath.web.interfaces.faces.support.DomainErrors;
import org.cryopath.web.interfaces.faces.support.Texts;
import org.omnifaces.util.Messages;

/**
 * Staff watch patient email: how many messages stand where, which failed and why; they find a patient's messages,
 * preview any of them as the patient sees it, put a failed one back in the queue or cancel one. Retry and cancel
 * are recorded by the service with the signed-in user.
 */
@Named
@ViewScoped
public class OutboxMonitor implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int SHOWN = 200;

    @EJB
    OutboxMonitoring monitoring;

    @Inject
    DomainErrors errors;

    private OutboxCounts counts;
    private List<OutboxEntry> failed;
    private String search;
    private List<OutboxEntry> found;
    private MessagePreview preview;

    @PostConstruct
    void load() {
        counts = monitoring.counts();
        failed = monitoring.failed(SHOWN);
        found = search == null || search.isBlank() ? null : monitoring.forPatient(search, SHOWN);
    }

    /** Lists the messages of the patients matching the search. */
    public void searchPatient() {
        found = monitoring.forPatient(search, SHOWN);
    }

    public void retry(long outboxId) {
        act(() -> monitoring.retry(outboxId), "outbox.retried");
    }

    public void cancel(long outboxId) {
        act(() -> monitoring.cancel(outboxId), "outbox.cancelled");
    }

    /** Opens the message as the patient receives it. */
    public void showPreview(long outboxId) {
        preview = monitoring.preview(outboxId).orElse(null);
        if (preview == null) {
            Messages.addGlobalError(Texts.get("outbox.notFound"));
        }
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            Messages.addGlobalInfo(Texts.get(doneKey));
        } catch (DomainException e) {
            Messages.addGlobalError(errors.text(e));
        }
        load();
    }

    public OutboxCounts getCounts() {
        return counts;
    }

    public List<OutboxEntry> getFailed() {
        return failed;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public List<OutboxEntry> getFound() {
        return found;
    }

    public MessagePreview getPreview() {
        return preview;
    }
}
