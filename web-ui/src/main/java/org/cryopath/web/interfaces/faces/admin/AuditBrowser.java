package org.cryopath.web.interfaces.faces.admin;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import org.cryopath.scheduling.application.AuditLog;
import org.cryopath.scheduling.application.AuditRecord;
import org.cryopath.web.interfaces.faces.support.PagedResults;
import org.cryopath.web.interfaces.faces.support.ServiceReference;

/**
 * The administrator reads the audit log ({@code /admin/audit.xhtml}), filtered by who, what, patient and dates,
 * newest first, {@value #PAGE_SIZE} to a page.
 */
@Named
@ViewScoped
public class AuditBrowser implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Entries on one page of the log. */
    public static final int PAGE_SIZE = 25;

    @EJB
    transient AuditLog log;

    private String actor;
    private String action;
    private String mrn;
    private LocalDate from;
    private LocalDate to;
    private final PagedResults<AuditRecord> entries = new PagedResults<>(
            (first, size) -> log.search(new AuditLog.Filter(actor, action, mrn, from, to), first, size),
            entry -> Long.toString(entry.id()));

    public void search() {
        entries.restart();
    }

    public PagedResults<AuditRecord> getEntries() {
        return entries;
    }

    public int getPageSize() {
        return PAGE_SIZE;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getMrn() {
        return mrn;
    }

    public void setMrn(String mrn) {
        this.mrn = mrn;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    /** Deserialized on another instance: the services are looked up there (see {@link ServiceReference}). */
    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        log = ServiceReference.lookedUpOnFirstUse(AuditLog.class);
    }
}
