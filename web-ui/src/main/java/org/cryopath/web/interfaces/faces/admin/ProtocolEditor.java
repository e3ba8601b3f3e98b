package org.cryopath.web.interfaces.faces.admin;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.cryopath.domain.model.patient.Language;
import org.cryopath.domain.model.protocol.DrugAction;
import org.cryopath.domain.model.protocol.TextTopic;
import org.cryopath.domain.model.referral.TargetOrgan;
import org.cryopath.domain.model.treatment.Anaesthesia;
import org.cryopath.domain.shared.DomainException;
import org.cryopath.scheduling.application.ClinicProtocol;
import org.cryopath.web.interfaces.faces.support.DomainErrors;
import org.cryopath.web.interfaces.faces.support.ServiceReference;
import org.cryopath.web.interfaces.faces.support.Texts;
import org.omnifaces.util.Messages;

/**
 * The clinic administrator edits the preparation protocol ({@code /admin/protocol.xhtml}): medicine rules, fasting,
 * arrival, patient texts. Saving makes the next version; plans already issued keep the version they came from.
 */
@Named
@ViewScoped
public class ProtocolEditor implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "protocol";

    @EJB
    transient ClinicProtocol protocol;

    @Inject
    DomainErrors errors;

    private ClinicProtocol.Content current;
    private List<ClinicProtocol.Summary> history;
    private int arrivalMinutes;
    private List<MedicationRow> medications;
    private List<FastingRow> fasting;
    private List<TextRow> texts;
    private String changeNote;
    private boolean reviewed;

    @PostConstruct
    void load() {
        current = protocol.current();
        history = protocol.history();
        arrivalMinutes = current.arrivalMinutes();
        medications = new ArrayList<>(current.medications().stream().map(MedicationRow::of).toList());
        fasting = new ArrayList<>(current.fasting().stream().map(FastingRow::of).toList());
        texts = new ArrayList<>(current.texts().stream().map(TextRow::of).toList());
        changeNote = null;
        reviewed = !current.reviewRequired();
    }

    public void save() {
        try {
            ClinicProtocol.Content saved = protocol.saveNewVersion(new ClinicProtocol.Content(0, null, null, null, false,
                    arrivalMinutes, medications.stream().map(MedicationRow::toRecord).toList(),
                    fasting.stream().map(FastingRow::toRecord).toList(), texts.stream().map(TextRow::toRecord).toList()),
                    changeNote, reviewed);
            Messages.addGlobalInfo(Texts.get("protocol.saved", saved.number()));
            load();
        } catch (DomainException e) {
            errors.show(e, FORM);
        }
    }

    public void addMedication() {
        MedicationRow row = new MedicationRow();
        row.action = DrugAction.HOLD;
        medications.add(row);
    }

    public void removeMedication(MedicationRow row) {
        medications.remove(row);
    }

    public void addText() {
        TextRow row = new TextRow();
        row.topic = TextTopic.BRING;
        row.language = Language.EN;
        texts.add(row);
    }

    public void removeText(TextRow row) {
        texts.remove(row);
    }

    public ClinicProtocol.Content getCurrent() {
        return current;
    }

    public List<ClinicProtocol.Summary> getHistory() {
        return history;
    }

    public List<MedicationRow> getMedications() {
        return medications;
    }

    public List<FastingRow> getFasting() {
        return fasting;
    }

    public List<TextRow> getTexts() {
        return texts;
    }

    public List<DrugAction> getActions() {
        return List.of(DrugAction.values());
    }

    public List<TextTopic> getTopics() {
        return List.of(TextTopic.values());
    }

    public List<TargetOrgan> getOrgans() {
        return List.of(TargetOrgan.values());
    }

    public List<Language> getLanguages() {
        return List.of(Language.values());
    }

    public int getArrivalMinutes() {
        return arrivalMinutes;
    }

    public void setArrivalMinutes(int arrivalMinutes) {
        this.arrivalMinutes = arrivalMinutes;
    }

    public String getChangeNote() {
        return changeNote;
    }

    public void setChangeNote(String changeNote) {
        this.changeNote = changeNote;
    }

    public boolean isReviewed() {
        return reviewed;
    }

    public void setReviewed(boolean reviewed) {
        this.reviewed = reviewed;
    }

    /** A medicine rule while the administrator edits it. */
    public static class MedicationRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private String drugClass;
        private String nameEn;
        private String nameEs;
        private DrugAction action;
        private int daysBefore;
        private String instructionEn;
        private String instructionEs;
        private String labTest;
        private Integer labWithinDays;
        private String labThreshold;
        private String labInstructionEn;
        private String labInstructionEs;

        static MedicationRow of(ClinicProtocol.Medication m) {
            MedicationRow row = new MedicationRow();
            row.drugClass = m.drugClass();
            row.nameEn = m.nameEn();
            row.nameEs = m.nameEs();
            row.action = m.action();
            row.daysBefore = m.daysBefore();
            row.instructionEn = m.instructionEn();
            row.instructionEs = m.instructionEs();
            row.labTest = m.labTest();
            row.labWithinDays = m.labWithinDays();
            row.labThreshold = m.labThreshold();
            row.labInstructionEn = m.labInstructionEn();
            row.labInstructionEs = m.labInstructionEs();
            return row;
        }

        ClinicProtocol.Medication toRecord() {
            return new ClinicProtocol.Medication(drugClass, nameEn, nameEs, action, daysBefore, instructionEn,
                    instructionEs, labTest, labWithinDays, labThreshold, labInstructionEn, labInstructionEs);
        }

        public String getDrugClass() {
            return drugClass;
        }

        public void setDrugClass(String drugClass) {
            this.drugClass = drugClass;
        }

        public String getNameEn() {
            return nameEn;
        }

        public void setNameEn(String nameEn) {
            this.nameEn = nameEn;
        }

        public String getNameEs() {
            return nameEs;
        }

        public void setNameEs(String nameEs) {
            this.nameEs = nameEs;
        }

        public DrugAction getAction() {
            return action;
        }

        public void setAction(DrugAction action) {
            this.action = action;
        }

        public int getDaysBefore() {
            return daysBefore;
        }

        public void setDaysBefore(int daysBefore) {
            this.daysBefore = daysBefore;
        }

        public String getInstructionEn() {
            return instructionEn;
        }

        public void setInstructionEn(String instructionEn) {
            this.instructionEn = instructionEn;
        }

        public String getInstructionEs() {
            return instructionEs;
        }

        public void setInstructionEs(String instructionEs) {
            this.instructionEs = instructionEs;
        }

        public String getLabTest() {
            return labTest;
        }

        public void setLabTest(String labTest) {
            this.labTest = labTest;
        }

        public Integer getLabWithinDays() {
            return labWithinDays;
        }

        public void setLabWithinDays(Integer labWithinDays) {
            this.labWithinDays = labWithinDays;
        }

        public String getLabThreshold() {
            return labThreshold;
        }

        public void setLabThreshold(String labThreshold) {
            this.labThreshold = labThreshold;
        }

        public String getLabInstructionEn() {
            return labInstructionEn;
        }

        public void setLabInstructionEn(String labInstructionEn) {
            this.labInstructionEn = labInstructionEn;
        }

        public String getLabInstructionEs() {
            return labInstructionEs;
        }

        public void setLabInstructionEs(String labInstructionEs) {
            this.labInstructionEs = labInstructionEs;
        }
    }

    /** Fasting for one anaesthesia while edited (the anaesthesia itself is fixed). */
    public static class FastingRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private Anaesthesia anaesthesia;
        private int solidFoodHours;
        private int clearFluidsHours;

        static FastingRow of(ClinicProtocol.Fasting f) {
            FastingRow row = new FastingRow();
            row.anaesthesia = f.anaesthesia();
            row.solidFoodHours = f.solidFoodHours();
            row.clearFluidsHours = f.clearFluidsHours();
            return row;
        }

        ClinicProtocol.Fasting toRecord() {
            return new ClinicProtocol.Fasting(anaesthesia, solidFoodHours, clearFluidsHours);
        }

        public Anaesthesia getAnaesthesia() {
            return anaesthesia;
        }

        public int getSolidFoodHours() {
            return solidFoodHours;
        }

        public void setSolidFoodHours(int solidFoodHours) {
            this.solidFoodHours = solidFoodHours;
        }

        public int getClearFluidsHours() {
            return clearFluidsHours;
        }

        public void setClearFluidsHours(int clearFluidsHours) {
            this.clearFluidsHours = clearFluidsHours;
        }
    }

    /** A patient text while edited. */
    public static class TextRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private TextTopic topic;
        private TargetOrgan organ;
        private Language language;
        private String text;

        static TextRow of(ClinicProtocol.Text t) {
            TextRow row = new TextRow();
            row.topic = t.topic();
            row.organ = t.organ();
            row.language = t.language();
            row.text = t.text();
            return row;
        }

        ClinicProtocol.Text toRecord() {
            return new ClinicProtocol.Text(topic, organ, language, text);
        }

        public TextTopic getTopic() {
            return topic;
        }

        public void setTopic(TextTopic topic) {
            this.topic = topic;
        }

        public TargetOrgan getOrgan() {
            return organ;
        }

        public void setOrgan(TargetOrgan organ) {
            this.organ = organ;
        }

        public Language getLanguage() {
            return language;
        }

        public void setLanguage(Language language) {
            this.language = language;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }
    }

    /** Deserialized on another instance: the services are looked up there (see {@link ServiceReference}). */
    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        protocol = ServiceReference.lookedUpOnFirstUse(ClinicProtocol.class);
    }
}
