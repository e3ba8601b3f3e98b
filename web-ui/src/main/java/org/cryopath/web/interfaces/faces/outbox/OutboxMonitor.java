package org.cryopath.web.interfaces.faces.outbox;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.List;
import org.cryopath.domain.shared.DomainException;
import org.cryopath.notifications.application.MessagePreview;
import org.cryopath.notifications.application.OutboxCounts;
import org.cryopath.notifications.application.OutboxEntry;
import org.cryopath.notifications.application.OutboxMonitoring;
import org.cryopath.scheduling.application.Page;
import org.cryopath.web.interfaces.faces.support.DomainErrors;
import org.cryopath.web.interfaces.faces.support.PagedResults;
import org.cryopath.web.interfaces.faces.support.ServiceReference;
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
    /** Messages on one page of a table. */
    public static final int PAGE_SIZE = 25;
    /** The most messages a patient search lists (the newest). */
    public static final int FOUND_AT_MOST = OutboxMonitoring.MAX_PAGE_SIZE;

    @EJB
    transient OutboxMonitoring monitoring;

    @Inject
    DomainErrors errors;

    private OutboxCounts counts;
    private final PagedResults<OutboxEntry> failed = new PagedResults<>(
            (first, size) -> new Page<>(monitoring.failed(first, size), counts.failed()), entry -> Long.toString(entry.id()));
    private String search;
    private List<OutboxEntry> found;
    private MessagePreview preview;

    @PostConstruct
    void load() {
        counts = monitoring.counts();
        failed.restart();
        found = search == null || search.isBlank() ? null : monitoring.forPatient(search, FOUND_AT_MOST);
    }

    /** Lists the messages of the patients matching the search. */
    public void searchPatient() {
        found = monitoring.forPatient(search, FOUND_AT_MOST);
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

    public PagedResults<OutboxEntry> getFailed() {
        return failed;
    }

    public int getPageSize() {
        return PAGE_SIZE;
    }

    /** How many messages failed, in what order, and how many a page shows. */
    public String getFailedSummary() {
        return Texts.get("outbox.failed.summary", counts.failed(), PAGE_SIZE);
    }

    /** How many messages the search found; when as many as it lists, that older ones are left out. */
    public String getFoundSummary() {
        int size = found == null ? 0 : found.size();
        return Texts.get(size >= FOUND_AT_MOST ? "outbox.search.capped" : "outbox.search.summary", size, PAGE_SIZE);
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

    /** Deserialized on another instance: the services are looked up there (see {@link ServiceReference}). */
    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        monitoring = ServiceReference.lookedUpOnFirstUse(OutboxMonitoring.class);
    }
}
