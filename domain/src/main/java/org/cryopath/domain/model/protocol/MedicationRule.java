package org.cryopath.domain.model.protocol;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.cryopath.domain.model.patient.Language;
import org.cryopath.domain.shared.DomainException;
import org.cryopath.domain.shared.Require;

/**
 * What the clinic's protocol says of one class of medicines: hold, adjust or continue it, from how many days before
 * the procedure, how the patient resumes it, and the blood test it requires (for instance INR within 2 days for
 * warfarin). The instruction texts are the patient's words in each language; {@code {name}}, {@code {days}},
 * {@code {test}}, {@code {within}} and {@code {threshold}} in them are replaced by this rule's values, and any other
 * placeholder is refused when the rule is made.
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

    /** A rule without a blood test. Its instructions may use {@code {name}} and {@code {days}}. */
    public static MedicationRule of(String drugClass, String nameEn, String nameEs, DrugAction action, int daysBefore,
            String instructionEn, String instructionEs) {
        return build(drugClass, nameEn, nameEs, action, daysBefore, instructionEn, instructionEs, null);
    }

    /**
     * A rule requiring a blood test within {@code withinDays} before the procedure. Its instructions may also use
     * {@code {test}}, {@code {within}} and, when there is one, {@code {threshold}}.
     */
    public static MedicationRule withLab(String drugClass, String nameEn, String nameEs, DrugAction action,
            int daysBefore, String instructionEn, String instructionEs, String test, int withinDays, String threshold,
            String labInstructionEn, String labInstructionEs) {
        return build(drugClass, nameEn, nameEs, action, daysBefore, instructionEn, instructionEs,
                new Lab(test, withinDays, threshold, labInstructionEn, labInstructionEs));
    }

    /** The same rule, requiring a blood test within {@code withinDays} before the procedure. */
    public MedicationRule requiringLab(String test, int withinDays, String threshold, String instructionEn,
            String instructionEs) {
        return withLab(drugClass, nameEn, nameEs, action, daysBefore, this.instructionEn, this.instructionEs, test,
                withinDays, threshold, instructionEn, instructionEs);
    }

    private record Lab(String test, int withinDays, String threshold, String instructionEn, String instructionEs) {
    }

    private static MedicationRule build(String drugClass, String nameEn, String nameEs, DrugAction action,
            int daysBefore, String instructionEn, String instructionEs, Lab lab) {
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
        if (lab != null) {
            rule.labTest = Require.text(lab.test(), "labTest", 40);
            if (lab.withinDays() < 0 || lab.withinDays() > MAX_DAYS) {
                throw DomainException.invalid("labWithinDays", "validation.daysBefore", MAX_DAYS);
            }
            rule.labWithinDays = lab.withinDays();
            rule.labThreshold = Require.optionalText(lab.threshold(), "labThreshold", 100);
        }
        Set<String> placeholders = rule.placeholders();
        rule.instructionEn = Placeholders.check(Require.text(instructionEn, "instructionEn", 1000), "instructionEn",
                placeholders);
        rule.instructionEs = Placeholders.check(Require.text(instructionEs, "instructionEs", 1000), "instructionEs",
                placeholders);
        if (lab != null) {
            rule.labInstructionEn = Placeholders.check(Require.text(lab.instructionEn(), "labInstructionEn", 1000),
                    "labInstructionEn", placeholders);
            rule.labInstructionEs = Placeholders.check(Require.text(lab.instructionEs(), "labInstructionEs", 1000),
                    "labInstructionEs", placeholders);
        }
        return rule;
    }

    /** What {@link #fill} replaces in this rule's texts: the lab's values only when the rule has them. */
    private Set<String> placeholders() {
        Set<String> names = new HashSet<>(Set.of("name", "days"));
        if (labTest != null) {
            names.addAll(Set.of("test", "within"));
            if (labThreshold != null) {
                names.add("threshold");
            }
        }
        return names;
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
        return fill(language == Language.ES ? instructionEs : instructionEn, language);
    }

    /** The blood test instruction in a language, with this rule's values filled in; null without a test. */
    public String labInstruction(Language language) {
        return labTest == null ? null : fill(language == Language.ES ? labInstructionEs : labInstructionEn, language);
    }

    private String fill(String text, Language language) {
        return text.replace("{name}", name(language))
                .replace("{days}", Integer.toString(daysBefore))
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
