package org.cryopath.domain.model.protocol;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Locale;
import java.util.regex.Pattern;
import org.cryopath.domain.model.patient.Language;
import org.cryopath.domain.shared.DomainException;
import org.cryopath.domain.shared.Require;

/**
 * What the clinic's protocol says of one class of medicines: hold, adjust or continue it, from how many days before
 * the procedure, how the patient resumes it, and the blood test it requires (for instance INR within 2 days for
 * warfarin). The instruction texts are the patient's words in each language; {@code {days}}, {@code {test}},
 * {@code {within}} and {@code {threshold}} in them are replaced by this rule's values.
 */
@Embeddable
@Access(AccessType.FIELD)
public class MedicationRule {

    public static final int MAX_DAYS = 30;
    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{1,39}");

    @Column(name = "DRUG_CLASS", length = 40)
    private String drugClass;

    @Column(name = "NAME_EN", length = 100)
    private String nameEn;

    @Column(name = "NAME_ES", length = 100)
    private String nameEs;

    @Enumerated(EnumType.STRING)
    @Column(name = "ACTION", length = 16)
    private DrugAction action;

    @Column(name = "DAYS_BEFORE")
    private int daysBefore;

    @Column(name = "INSTRUCTION_EN", length = 1000)
    private String instructionEn;

    @Column(name = "INSTRUCTION_ES", length = 1000)
    private String instructionEs;

    @Column(name = "LAB_TEST", length = 40)
    private String labTest;

    @Column(name = "LAB_WITHIN_DAYS")
    private Integer labWithinDays;

    @Column(name = "LAB_THRESHOLD", length = 100)
    private String labThreshold;

    @Column(name = "LAB_INSTRUCTION_EN", length = 1000)
    private String labInstructionEn;

    @Column(name = "LAB_INSTRUCTION_ES", length = 1000)
    private String labInstructionEs;

    protected MedicationRule() {
    }

    public static MedicationRule of(String drugClass, String nameEn, String nameEs, DrugAction action, int daysBefore,
            String instructionEn, String instructionEs) {
        MedicationRule rule = new MedicationRule();
        String code = Require.text(drugClass, "drugClass", 40).toLowerCase(Locale.ROOT);
        if (!CODE.matcher(code).matches()) {
            throw DomainException.invalid("drugClass", "validation.drugClass");
        }
        rule.drugClass = code;
        rule.nameEn = Require.text(nameEn, "nameEn", 100);
        rule.nameEs = Require.text(nameEs, "nameEs", 100);
        rule.action = Require.present(action, "action");
        if (daysBefore < 0 || daysBefore > MAX_DAYS) {
            throw DomainException.invalid("daysBefore", "validation.daysBefore", MAX_DAYS);
        }
        rule.daysBefore = action == DrugAction.CONTINUE ? 0 : daysBefore;
        rule.instructionEn = Require.text(instructionEn, "instructionEn", 1000);
        rule.instructionEs = Require.text(instructionEs, "instructionEs", 1000);
        return rule;
    }

    /** The same rule, requiring a blood test within {@code withinDays} before the procedure. */
    public MedicationRule requiringLab(String test, int withinDays, String threshold, String instructionEn,
            String instructionEs) {
        MedicationRule rule = of(drugClass, nameEn, nameEs, action, daysBefore, this.instructionEn, this.instructionEs);
        rule.labTest = Require.text(test, "labTest", 40);
        if (withinDays < 0 || withinDays > MAX_DAYS) {
            throw DomainException.invalid("labWithinDays", "validation.daysBefore", MAX_DAYS);
        }
        rule.labWithinDays = withinDays;
        rule.labThreshold = Require.optionalText(threshold, "labThreshold", 100);
        rule.labInstructionEn = Require.text(instructionEn, "labInstructionEn", 1000);
        rule.labInstructionEs = Require.text(instructionEs, "labInstructionEs", 1000);
        return rule;
    }

    public boolean requiresLab() {
        return labTest != null;
    }

    /** The medicine's name in a language. */
    public String name(Language language) {
        return language == Language.ES ? nameEs : nameEn;
    }

    /** The patient's instruction in a language, with this rule's values filled in. */
    public String instruction(Language language) {
        return fill(language == Language.ES ? instructionEs : instructionEn);
    }

    /** The blood test instruction in a language, with this rule's values filled in; null without a test. */
    public String labInstruction(Language language) {
        return labTest == null ? null : fill(language == Language.ES ? labInstructionEs : labInstructionEn);
    }

    private String fill(String text) {
        return text.replace("{days}", Integer.toString(daysBefore))
                .replace("{test}", labTest == null ? "" : labTest)
                .replace("{within}", labWithinDays == null ? "" : labWithinDays.toString())
                .replace("{threshold}", labThreshold == null ? "" : labThreshold);
    }

    public String drugClass() {
        return drugClass;
    }

    public String nameEn() {
        return nameEn;
    }

    public String nameEs() {
        return nameEs;
    }

    public DrugAction action() {
        return action;
    }

    public int daysBefore() {
        return daysBefore;
    }

    public String instructionEn() {
        return instructionEn;
    }

    public String instructionEs() {
        return instructionEs;
    }

    public String labTest() {
        return labTest;
    }

    public Integer labWithinDays() {
        return labWithinDays;
    }

    public String labThreshold() {
        return labThreshold;
    }

    public String labInstructionEn() {
        return labInstructionEn;
    }

    public String labInstructionEs() {
        return labInstructionEs;
    }
}
