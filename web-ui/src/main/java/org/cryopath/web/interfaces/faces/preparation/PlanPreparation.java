package org.cryopath.web.interfaces.faces.preparation;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Supplier;
import org.cryopath.domain.model.preparation.PlanItemKind;
import org.cryopath.domain.model.preparation.PlanStatus;
import org.cryopath.domain.model.protocol.DrugAction;
import org.cryopath.domain.model.staff.Role;
import org.cryopath.domain.shared.DomainException;
import org.cryopath.scheduling.application.CaseOverview;
import org.cryopath.scheduling.application.PlanView;
import org.cryopath.scheduling.application.Preparation;
import org.cryopath.web.interfaces.faces.support.DomainErrors;
import org.cryopath.web.interfaces.faces.support.ServiceReference;
import org.cryopath.web.interfaces.faces.support.Texts;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * A clinician prepares a treatment case's patient ({@code /preparation/plan.xhtml?case=42}): generates the plan
 * from the protocol with the medicines the patient takes, edits the draft, issues it (email E2), and changes it later
 * as a new version.
 */
@Named
@ViewScoped
public class PlanPreparation implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "plan";

    @EJB
    transient Preparation preparation;

    @Inject
    DomainErrors errors;

    private Long caseId;
    private CaseOverview overview;
    private List<Preparation.MedicineChoice> medicineChoices;
    private List<String> medications = new ArrayList<>();
    private List<EditableItem> items = new ArrayList<>();
    private String note;
    private PlanItemKind kindToAdd = PlanItemKind.OTHER;

    /** Loads the case of the view parameter; an unknown case is a 404. */
    public void load() {
        overview = caseId == null ? null : preparation.caseOverview(caseId).orElse(null);
        if (overview == null) {
            Faces.responseSendError(404, "No such case");
            return;
        }
        medicineChoices = isClinician() ? preparation.medicineChoices() : List.of();
        PlanView current = overview.currentPlan();
        if (current != null) {
            medications = new ArrayList<>(current.medications());
            editing(current);
        }
    }

    public void generate() {
        act(() -> preparation.generate(caseId, new LinkedHashSet<>(medications)), "plan.generated");
    }

    public void save() {
        act(() -> preparation.saveDraft(getPlan().planId(), items.stream().map(EditableItem::toItem).toList(), note),
                "plan.saved");
    }

    /** Saves what is on the screen, then issues it. */
    public void issue() {
        act(() -> {
            preparation.saveDraft(getPlan().planId(), items.stream().map(EditableItem::toItem).toList(), note);
            return preparation.issue(getPlan().planId());
        }, "plan.issued");
    }

    public void startChange() {
        act(() -> preparation.startChange(caseId), "plan.changeStarted");
    }

    public void addItem() {
        items.add(EditableItem.added(kindToAdd));
    }

    public void removeItem(EditableItem item) {
        items.remove(item);
    }

    private void act(Supplier<PlanView> action, String confirmationKey) {
        try {
            PlanView plan = action.get();
            Messages.addGlobalInfo(Texts.get(confirmationKey));
            overview = preparation.caseOverview(caseId).orElseThrow();
            editing(plan);
        } catch (DomainException e) {
            errors.show(e, FORM);
        }
    }

    private void editing(PlanView plan) {
        items = new ArrayList<>(plan.items().stream().map(EditableItem::of).toList());
        note = plan.note();
    }

    /** A clinician working on a draft edits it; everyone else (and every issued version) reads. */
    public boolean isEditable() {
        return isClinician() && getPlan() != null && getPlan().status() == PlanStatus.DRAFT;
    }

    /** Clinicians write plans; the front desk reads them to answer patients' calls. */
    public boolean isClinician() {
        return Faces.isUserInRole(Role.CLINICAL.name());
    }

    public PlanView getPlan() {
        return overview == null ? null : overview.currentPlan();
    }

    /** True once a version was issued: its instructions can be printed for the patient. */
    public boolean isPrintable() {
        return overview != null && overview.plans().stream().anyMatch(plan -> plan.status() == PlanStatus.ISSUED);
    }

    public CaseOverview getOverview() {
        return overview;
    }

    public List<Preparation.MedicineChoice> getMedicineChoices() {
        return medicineChoices;
    }

    public List<PlanItemKind> getKinds() {
        return List.of(PlanItemKind.values());
    }

    public List<DrugAction> getActions() {
        return List.of(DrugAction.values());
    }

    public Long getCaseId() {
        return caseId;
    }

    public void setCaseId(Long caseId) {
        this.caseId = caseId;
    }

    public List<String> getMedications() {
        return medications;
    }

    public void setMedications(List<String> medications) {
        this.medications = medications;
    }

    public List<EditableItem> getItems() {
        return items;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public PlanItemKind getKindToAdd() {
        return kindToAdd;
    }

    public void setKindToAdd(PlanItemKind kindToAdd) {
        this.kindToAdd = kindToAdd;
    }

    /** Deserialized on another instance: the services are looked up there (see {@link ServiceReference}). */
    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        preparation = ServiceReference.lookedUpOnFirstUse(Preparation.class);
    }
}
