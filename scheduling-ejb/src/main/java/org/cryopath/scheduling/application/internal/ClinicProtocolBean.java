package org.cryopath.scheduling.application.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cryopath.domain.infrastructure.audit.AuditTrail;
import org.cryopath.domain.model.protocol.FastingRule;
import org.cryopath.domain.model.protocol.MedicationRule;
import org.cryopath.domain.model.protocol.ProtocolText;
import org.cryopath.domain.model.protocol.ProtocolVersion;
import org.cryopath.domain.shared.Violations;
import org.cryopath.scheduling.application.ClinicProtocol;

@Stateless
@RolesAllowed("ADMIN")
public class ClinicProtocolBean implements ClinicProtocol {

    @PersistenceContext(unitName = "cryopath")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Override
    public Content current() {
        return content(ProtocolVersions.current(em));
    }

    @Override
    public List<Summary> history() {
        return em.createQuery("SELECT p FROM ProtocolVersion p ORDER BY p.number DESC", ProtocolVersion.class)
                .getResultStream()
                .map(p -> new Summary(p.number(), p.createdAt(), p.createdBy(), p.changeNote(), p.reviewRequired()))
                .toList();
    }

    @Override
    @RolesAllowed("ADMIN")
    public Content saveNewVersion(Content edited, String changeNote, boolean reviewed) {
        ProtocolVersion current = ProtocolVersions.current(em);
        Violations violations = new Violations();
        List<MedicationRule> medications = new ArrayList<>();
        for (int i = 0; i < edited.medications().size(); i++) {
            Medication m = edited.medications().get(i);
            MedicationRule rule = violations.check("medications[" + i + "]", () -> medicationRule(m));
            if (rule != null) {
                medications.add(rule);
            }
        }
        List<FastingRule> fasting = new ArrayList<>();
        for (int i = 0; i < edited.fasting().size(); i++) {
            Fasting f = edited.fasting().get(i);
            FastingRule rule = violations.check("fasting[" + i + "]",
                    () -> FastingRule.of(f.anaesthesia(), f.solidFoodHours(), f.clearFluidsHours()));
            if (rule != null) {
                fasting.add(rule);
            }
        }
        List<ProtocolText> texts = new ArrayList<>();
        for (int i = 0; i < edited.texts().size(); i++) {
            Text t = edited.texts().get(i);
            ProtocolText text = violations.check("texts[" + i + "]", () -> ProtocolText.of(t.topic(), t.organ(), t.language(), t.text()));
            if (text != null) {
                texts.add(text);
            }
        }
        violations.throwIfAny();
        ProtocolVersion next = current.revise(audit.actor(), changeNote, reviewed, edited.arrivalMinutes(), medications,
                fasting, texts, clock.instant());
        em.persist(next);
        em.flush();
        audit.record("protocol.saved", "ProtocolVersion", next.id(), null, summary(current), summary(next));
        return content(next);
    }

    private static MedicationRule medicationRule(Medication m) {
        boolean lab = m.labTest() != null && !m.labTest().isBlank();
        return lab ? MedicationRule.withLab(m.drugClass(), m.nameEn(), m.nameEs(), m.action(), m.daysBefore(),
                        m.instructionEn(), m.instructionEs(), m.labTest(), m.labWithinDays() == null ? 0 : m.labWithinDays(),
                        m.labThreshold(), m.labInstructionEn(), m.labInstructionEs())
                : MedicationRule.of(m.drugClass(), m.nameEn(), m.nameEs(), m.action(), m.daysBefore(),
                        m.instructionEn(), m.instructionEs());
    }

    /** What the audit log keeps of a protocol change: the version and what it says, one field per rule. */
    private static Map<String, String> summary(ProtocolVersion version) {
        Map<String, String> state = new java.util.TreeMap<>();
        state.put("version", Integer.toString(version.number()));
        state.put("reviewRequired", Boolean.toString(version.reviewRequired()));
        state.put("arrivalMinutes", Integer.toString(version.arrivalMinutes()));
        version.medications().forEach(rule -> state.put("medication." + rule.drugClass(), rule.action() + " "
                + rule.daysBefore() + "d" + (rule.requiresLab() ? ", " + rule.labTest() + " within " + rule.labWithinDays()
                + "d " + (rule.labThreshold() == null ? "" : rule.labThreshold()) : "")));
        version.fasting().forEach(rule -> state.put("fasting." + rule.anaesthesia(), rule.solidFoodHours() + "h food, "
                + rule.clearFluidsHours() + "h clear fluids"));
        state.put("texts", Integer.toString(version.texts().size()));
        return state;
    }

    private static Content content(ProtocolVersion p) {
        return new Content(p.number(), p.createdAt(), p.createdBy(), p.changeNote(), p.reviewRequired(),
                p.arrivalMinutes(),
                p.medications().stream().map(m -> new Medication(m.drugClass(), m.nameEn(), m.nameEs(), m.action(),
                        m.daysBefore(), m.instructionEn(), m.instructionEs(), m.labTest(), m.labWithinDays(),
                        m.labThreshold(), m.labInstructionEn(), m.labInstructionEs())).toList(),
                p.fasting().stream().map(f -> new Fasting(f.anaesthesia(), f.solidFoodHours(), f.clearFluidsHours())).toList(),
                p.texts().stream().map(t -> new Text(t.topic(), t.organ(), t.language(), t.text())).toList());
    }
}
