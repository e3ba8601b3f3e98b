package org.cryopath.web.interfaces.faces.preparation;

import java.io.Serializable;
import org.cryopath.domain.model.preparation.PlanItemKind;
import org.cryopath.domain.model.protocol.DrugAction;
import org.cryopath.scheduling.application.PlanView;

/** One plan item while a clinician edits it. */
public class EditableItem implements Serializable {

    private static final long serialVersionUID = 1L;

    private PlanItemKind kind;
    private String code;
    private DrugAction action;
    private Integer daysBefore;
    private Integer hoursBefore;
    private Integer minutesBefore;
    private String text;

    static EditableItem of(PlanView.Item item) {
        EditableItem editable = new EditableItem();
        editable.kind = item.kind();
        editable.code = item.code();
        editable.action = item.action();
        editable.daysBefore = item.daysBefore();
        editable.hoursBefore = item.hoursBefore();
        editable.minutesBefore = item.minutesBefore();
        editable.text = item.text();
        return editable;
    }

    static EditableItem added(PlanItemKind kind) {
        EditableItem editable = new EditableItem();
        editable.kind = kind;
        return editable;
    }

    PlanView.Item toItem() {
        return new PlanView.Item(kind, code, action, daysBefore, hoursBefore, minutesBefore, text);
    }

    /** Which number the kind takes: "days", "hours", "minutes" or "none". */
    public String getMeasure() {
        return switch (kind) {
            case MEDICATION -> action == DrugAction.CONTINUE ? "none" : "days";
            case LABS -> "days";
            case FASTING -> "hours";
            case ARRIVAL -> "minutes";
            case BRING, OTHER -> "none";
        };
    }

    public PlanItemKind getKind() {
        return kind;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public DrugAction getAction() {
        return action;
    }

    public void setAction(DrugAction action) {
        this.action = action;
    }

    public Integer getDaysBefore() {
        return daysBefore;
    }

    public void setDaysBefore(Integer daysBefore) {
        this.daysBefore = daysBefore;
    }

    public Integer getHoursBefore() {
        return hoursBefore;
    }

    public void setHoursBefore(Integer hoursBefore) {
        this.hoursBefore = hoursBefore;
    }

    public Integer getMinutesBefore() {
        return minutesBefore;
    }

    public void setMinutesBefore(Integer minutesBefore) {
        this.minutesBefore = minutesBefore;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
