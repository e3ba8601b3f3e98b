package org.cryopath.scheduling.infrastructure.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;
import org.cryopath.domain.model.patient.Language;
import org.cryopath.domain.model.referral.GuidancePreference;
import org.cryopath.domain.model.referral.Priority;
import org.cryopath.domain.model.referral.TargetOrgan;
import org.cryopath.scheduling.application.ReferralIntake;
import org.cryopath.scheduling.application.ReferralIntake.PatientDetails;
import org.cryopath.scheduling.application.ReferralIntake.ReferrerDetails;
import org.cryopath.scheduling.application.internal.ReferralRegistrar;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Fills an empty database with synthetic patients and referrals, when {@code cryopath.demo-data=true} (the run
 * command sets it; a clinic's server never should). The people are invented; their addresses are on
 * {@code example.org}, a domain reserved for examples. Everything goes through the real services, so the demo
 * mailbox receives the emails a clinic's patients would.
 */
@Singleton
@Startup
@DependsOn({"DatabaseLifecycle", "ProtocolSeed", "SchedulingRulesSeed"})
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @Inject
    @ConfigProperty(name = "cryopath.demo-data", defaultValue = "false")
    boolean enabled;

    @PersistenceContext(unitName = "cryopath")
    EntityManager em;

    /** The registration itself: nobody is signed in at start-up, so not the role-checked ReferralService. */
    @EJB
    ReferralRegistrar referrals;

    @Inject
    DemoClinic clinic;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    void loadIntoEmptyDatabase() {
        if (!enabled) {
            return;
        }
        long patients = em.createQuery("SELECT COUNT(p) FROM Patient p", Long.class).getSingleResult();
        if (patients > 0) {
            return;
        }
        clinic.createCalendar();
        referrals().forEach(referrals::register);
        clinic.bookSessions(scheduled().stream().map(referrals::register).toList());
        LOG.info(() -> "Loaded " + (referrals().size() + scheduled().size()) + " synthetic demo referrals");
    }

    private static List<ReferralIntake> referrals() {
        ReferrerDetails lee = new ReferrerDetails("Dr. Morgan Lee", "Harbour Oncology", "+1 555 010 2200",
                "referrals@harbour-oncology.example.org");
        ReferrerDetails ruiz = new ReferrerDetails("Dra. Carmen Ruiz", "Clínica Del Sol", "+1 555 010 3300", null);
        return List.of(
                new ReferralIntake(patient("DEMO-1001", "Grace", "Okafor", LocalDate.of(1961, 7, 4), "grace.okafor", Language.EN),
                        lee, TargetOrgan.KIDNEY, "3.1 cm exophytic renal mass, left lower pole", GuidancePreference.CT,
                        Priority.ROUTINE, true, false),
                new ReferralIntake(patient("DEMO-1002", "Lucía", "Hernández", LocalDate.of(1954, 2, 19), "lucia.hernandez", Language.ES),
                        ruiz, TargetOrgan.LIVER, "Single 2 cm HCC segment VI", GuidancePreference.ULTRASOUND,
                        Priority.URGENT, false, true),
                new ReferralIntake(patient("DEMO-1003", "Thomas", "Brennan", LocalDate.of(1948, 11, 30), "thomas.brennan", Language.EN),
                        lee, TargetOrgan.LUNG, "1.8 cm peripheral NSCLC, not a surgical candidate", GuidancePreference.CT,
                        Priority.ROUTINE, true, true),
                new ReferralIntake(patient("DEMO-1004", "Rosa", "Martínez", LocalDate.of(1970, 5, 8), "rosa.martinez", Language.ES),
                        ruiz, TargetOrgan.BONE, "Painful iliac metastasis", GuidancePreference.EITHER,
                        Priority.URGENT, false, false),
                new ReferralIntake(patient("DEMO-1005", "Aisha", "Rahman", LocalDate.of(1966, 9, 12), "aisha.rahman", Language.EN),
                        lee, TargetOrgan.BREAST, "1.2 cm fibroadenoma, patient prefers ablation", GuidancePreference.ULTRASOUND,
                        Priority.ROUTINE, false, false));
    }

    /** Patients whose treatment is prepared and whose first session is booked in the coming weeks. */
    private static List<ReferralIntake> scheduled() {
        ReferrerDetails lee = new ReferrerDetails("Dr. Morgan Lee", "Harbour Oncology", "+1 555 010 2200",
                "referrals@harbour-oncology.example.org");
        ReferrerDetails ruiz = new ReferrerDetails("Dra. Carmen Ruiz", "Clínica Del Sol", "+1 555 010 3300", null);
        return List.of(
                new ReferralIntake(patient("DEMO-2001", "Henry", "Adeyemi", LocalDate.of(1957, 3, 21), "henry.adeyemi", Language.EN),
                        lee, TargetOrgan.KIDNEY, "2.4 cm renal mass, right upper pole", GuidancePreference.CT,
                        Priority.ROUTINE, true, false),
                new ReferralIntake(patient("DEMO-2002", "Marisol", "Vega", LocalDate.of(1963, 10, 2), "marisol.vega", Language.ES),
                        ruiz, TargetOrgan.LIVER, "1.9 cm colorectal metastasis, segment VII", GuidancePreference.ULTRASOUND,
                        Priority.ROUTINE, false, false),
                new ReferralIntake(patient("DEMO-2003", "Walter", "Nakamura", LocalDate.of(1946, 6, 14), "walter.nakamura", Language.EN),
                        lee, TargetOrgan.LUNG, "1.5 cm peripheral nodule, biopsy-proven adenocarcinoma", GuidancePreference.CT,
                        Priority.URGENT, false, true),
                new ReferralIntake(patient("DEMO-2004", "Inés", "Castillo", LocalDate.of(1972, 1, 27), "ines.castillo", Language.ES),
                        ruiz, TargetOrgan.BONE, "Painful rib metastasis", GuidancePreference.CT,
                        Priority.ROUTINE, false, false),
                new ReferralIntake(patient("DEMO-2005", "Peter", "Lindqvist", LocalDate.of(1952, 8, 9), "peter.lindqvist", Language.EN),
                        lee, TargetOrgan.KIDNEY, "3.4 cm renal mass, left interpolar", GuidancePreference.CT,
                        Priority.ROUTINE, true, true),
                new ReferralIntake(patient("DEMO-2006", "Naomi", "Fischer", LocalDate.of(1968, 12, 3), "naomi.fischer", Language.EN),
                        lee, TargetOrgan.BREAST, "1.1 cm fibroadenoma", GuidancePreference.ULTRASOUND,
                        Priority.ROUTINE, false, false));
    }

    private static PatientDetails patient(String mrn, String given, String family, LocalDate dateOfBirth,
            String mailbox, Language language) {
        return new PatientDetails(mrn, given, family, dateOfBirth, mailbox + "@example.org", "+1 555 014 "
                + mrn.substring(mrn.length() - 4), language);
    }
}
