package org.cryopath.domain.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import jakarta.persistence.PersistenceException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.cryopath.domain.model.audit.AuditEntry;
import org.cryopath.domain.model.idempotency.IdempotentRequest;
import org.cryopath.domain.model.link.LinkPurpose;
import org.cryopath.domain.model.link.LinkState;
import org.cryopath.domain.model.link.PatientLink;
import org.cryopath.domain.model.outbox.MailContent;
import org.cryopath.domain.model.outbox.MessageKind;
import org.cryopath.domain.model.outbox.OutboxEvent;
import org.cryopath.domain.model.outbox.OutboxMessage;
import org.cryopath.domain.model.outbox.OutboxStatus;
import org.cryopath.domain.model.outbox.StaffAction;
import org.cryopath.domain.model.patient.Language;
import org.cryopath.domain.model.patient.MedicalRecordNumber;
import org.cryopath.domain.model.patient.Patient;
import org.cryopath.domain.model.patient.PatientId;
import org.cryopath.domain.model.preparation.PlanItem;
import org.cryopath.domain.model.preparation.PreparationPlan;
import org.cryopath.domain.model.protocol.DefaultProtocol;
import org.cryopath.domain.model.protocol.ProtocolVersion;
import org.cryopath.domain.model.referral.Priority;
import org.cryopath.domain.model.referral.Referral;
import org.cryopath.domain.model.referral.ReferralId;
import org.cryopath.domain.model.referral.ReferringClinician;
import org.cryopath.domain.model.referral.TargetOrgan;
import org.cryopath.domain.model.staff.Role;
import org.cryopath.domain.model.staff.StaffUser;
import org.cryopath.domain.model.treatment.Anaesthesia;
import org.cryopath.domain.model.treatment.CaseStatus;
import org.cryopath.domain.model.treatment.Guidance;
import org.cryopath.domain.model.treatment.TreatmentCase;
import org.cryopath.domain.shared.EmailAddress;
import org.cryopath.domain.shared.PersonName;
import org.cryopath.domain.shared.PhoneNumber;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The entities against the schema the migrations build: the real Flyway scripts and the real EclipseLink on an
 * in-memory Derby, outside the container. A column the mapping expects and no migration creates fails here.
 */
class PersistenceMappingTest {

    private static EntityManagerFactory factory;

    @BeforeAll
    static void migrateAndStart() {
        EmbeddedDataSource dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName("memory:mapping-" + UUID.randomUUID());
        dataSource.setCreateDatabase("create");

        assertThat(SchemaMigrations.migrate(dataSource)).isNotBlank();

        factory = Persistence.createEntityManagerFactory("cryopath", Map.of(
                "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.jtaDataSource", dataSource,
                "jakarta.persistence.nonJtaDataSource", dataSource,
                "eclipselink.target-server", "None"));
    }

    @AfterAll
    static void stop() {
        factory.close();
    }

    @Test
    void aReferralIsStoredWithItsPatientAndReadBackIntact() {
        Instant received = Instant.parse("2026-03-08T07:30:00Z");
        long[] referralId = new long[1];
        inTransaction(em -> {
            Patient patient = patient("MRN-MAP-1");
            em.persist(patient);
            Referral referral = Referral.receive(patient, referrer(), TargetOrgan.LIVER, "HCC 2 cm", null, null,
                    true, false, received);
            em.persist(referral);
            em.flush();
            referralId[0] = referral.id().value();
        });

        inTransaction(em -> {
            Referral referral = em.find(Referral.class, referralId[0]);
            assertThat(referral.receivedAt()).isEqualTo(received);
            assertThat(referral.patient().name().family()).isEqualTo("Okafor");
            assertThat(referral.patient().dateOfBirth()).isEqualTo(LocalDate.of(1961, 7, 4));
            assertThat(referral.referrer().phone().value()).isEqualTo("+1 617 555 0100");
            assertThat(referral.anticoagulated()).isTrue();
        });
    }

    @Test
    void theTriageRankFollowsStatusAndPriorityAndOrdersTheInbox() {
        Instant t = Instant.parse("2031-01-01T08:00:00Z");
        long[] ids = new long[4];
        inTransaction(em -> {
            Patient patient = patient("MRN-MAP-RANK");
            em.persist(patient);
            Referral routineOld = Referral.receive(patient, referrer(), TargetOrgan.KIDNEY, null, null, Priority.ROUTINE,
                    false, false, t);
            Referral urgentNew = Referral.receive(patient, referrer(), TargetOrgan.LIVER, null, null, Priority.URGENT,
                    false, false, t.plusSeconds(60));
            Referral routineNew = Referral.receive(patient, referrer(), TargetOrgan.LUNG, null, null, Priority.ROUTINE,
                    false, false, t.plusSeconds(120));
            Referral decided = Referral.receive(patient, referrer(), TargetOrgan.BONE, null, null, Priority.URGENT,
                    false, false, t.minusSeconds(60));
            List.of(routineOld, urgentNew, routineNew, decided).forEach(em::persist);
            em.flush();
            ids[0] = routineOld.id().value();
            ids[1] = urgentNew.id().value();
            ids[2] = routineNew.id().value();
            ids[3] = decided.id().value();
        });
        inTransaction(em -> {
            em.find(Referral.class, ids[2]).askForInformation("Latest eGFR?");
            em.find(Referral.class, ids[3]).accept();
        });

        inTransaction(em -> assertThat(em.createQuery("SELECT r.id FROM Referral r WHERE r.triageRank BETWEEN 0 AND 1 "
                        + "AND r.patient.mrn.value = 'MRN-MAP-RANK' ORDER BY r.triageRank, r.receivedAt, r.id", Long.class)
                .getResultList())
                .as("urgent first, then the longest waiting; waiting for information counts; decided ones are out")
                .containsExactly(ids[1], ids[0], ids[2]));
    }

    @Test
    void theDatabaseRefusesASecondPatientWithTheSameMrn() {
        inTransaction(em -> em.persist(patient("MRN-MAP-2")));

        assertThatThrownBy(() -> inTransaction(em -> {
            em.persist(patient("MRN-MAP-2"));
            em.flush();
        })).isInstanceOf(PersistenceException.class);
    }

    @Test
    void dueOutboxRowsAreFoundByInstantAndKeysAreUnique() {
        Instant now = Instant.parse("2026-11-25T10:00:00Z");
        inTransaction(em -> {
            em.persist(message("k-due", now.minusSeconds(1), now));
            em.persist(message("k-later", now.plusSeconds(3600), now));
        });

        inTransaction(em -> {
            var due = em.createQuery("SELECT m FROM OutboxMessage m WHERE m.nextAttemptAt <= :now "
                    + "AND m.idempotencyKey LIKE 'k-%'", OutboxMessage.class)
                    .setParameter("now", now)
                    .getResultList();
            assertThat(due).extracting(OutboxMessage::idempotencyKey).containsExactly("k-due");
            assertThat(due.get(0).content().html()).isEqualTo("<p>Hola</p>");
        });

        assertThatThrownBy(() -> inTransaction(em -> {
            em.persist(message("k-due", now, now));
            em.flush();
        })).isInstanceOf(PersistenceException.class);
    }

    @Test
    void staffAccountsKeepTheirRolesAndTheAuditLogItsEntries() {
        long[] ids = new long[1];
        inTransaction(em -> {
            StaffUser user = StaffUser.create("map.user", "Map User", EnumSet.of(Role.FRONT_DESK, Role.CLINICAL),
                    "PBKDF2WithHmacSHA512:2048:c2FsdA==:aGFzaA==", Instant.parse("2026-11-25T10:00:00Z"));
            em.persist(user);
            em.persist(AuditEntry.of(Instant.parse("2026-11-25T10:00:00Z"), "admin", "staff.created", "StaffUser",
                    null, null, null, user.auditState()));
            em.flush();
            ids[0] = user.id();
        });

        inTransaction(em -> {
            assertThat(em.find(StaffUser.class, ids[0]).roles()).containsExactlyInAnyOrder(Role.FRONT_DESK, Role.CLINICAL);
            assertThat(em.createQuery("SELECT a FROM AuditEntry a WHERE a.action = 'staff.created'", AuditEntry.class)
                    .getResultList()).extracting(AuditEntry::after).anyMatch(after -> "map.user".equals(AuditEntry.parse(after).get("username")));
        });
    }

    @Test
    void aStaffActionIsKeptInTheMessagesHistory() {
        Instant now = Instant.parse("2026-11-25T11:00:00Z");
        long[] ids = new long[1];
        inTransaction(em -> {
            OutboxMessage message = message("k-history", now, now);
            em.persist(message);
            em.flush();
            message.failed("550 no such user");
            em.persist(OutboxEvent.of(message, StaffAction.RETRIED, "front.desk", now));
            message.retry(now);
            ids[0] = message.id();
        });

        inTransaction(em -> {
            OutboxEvent event = em.createQuery("SELECT e FROM OutboxEvent e WHERE e.outboxId = :id", OutboxEvent.class)
                    .setParameter("id", ids[0])
                    .getSingleResult();
            assertThat(event.action()).isEqualTo(StaffAction.RETRIED);
            assertThat(event.statusBefore()).isEqualTo(OutboxStatus.FAILED);
            assertThat(event.lastError()).isEqualTo("550 no such user");
            assertThat(em.find(OutboxMessage.class, ids[0]).status()).isEqualTo(OutboxStatus.PENDING);
        });
    }

    @Test
    void aPreparationPlanKeepsItsProtocolItsOrderedItemsAndItsLink() {
        Instant now = Instant.parse("2026-11-25T12:00:00Z");
        long[] ids = new long[3];
        inTransaction(em -> {
            ProtocolVersion protocol = DefaultProtocol.version1(now);
            em.persist(protocol);
            Patient patient = patient("MRN-MAP-PLAN");
            em.persist(patient);
            Referral referral = Referral.receive(patient, referrer(), TargetOrgan.KIDNEY, "renal mass", null, null,
                    true, false, now);
            referral.accept();
            em.persist(referral);
            TreatmentCase treatment = TreatmentCase.open(referral, Anaesthesia.SEDATION, Guidance.CT, 2, now);
            em.persist(treatment);
            PreparationPlan plan = PreparationPlan.generate(treatment, protocol, Set.of("warfarin", "metformin"), now);
            plan.issue(null, now);
            em.persist(plan);
            em.flush();
            PatientLink.Issued link = PatientLink.issue(LinkPurpose.ACKNOWLEDGE_PREPARATION, plan.id(), patient.id(),
                    Duration.ofDays(30), now);
            em.persist(link.link());
            em.flush();
            ids[0] = plan.id();
            ids[1] = protocol.id();
            ids[2] = link.link().id();
        });

        inTransaction(em -> {
            PreparationPlan plan = em.find(PreparationPlan.class, ids[0]);
            assertThat(plan.items()).extracting(PlanItem::toString)
                    .startsWith("MEDICATION warfarin HOLD 5d", "LABS INR 2d", "MEDICATION metformin ADJUST 0d");
            assertThat(plan.medications()).containsExactlyInAnyOrder("warfarin", "metformin");
            assertThat(plan.protocolVersionNumber()).isEqualTo(1);
            assertThat(plan.treatmentCase().status()).isEqualTo(CaseStatus.PREPARING);
            ProtocolVersion protocol = em.find(ProtocolVersion.class, ids[1]);
            assertThat(protocol.medication("warfarin")).hasValueSatisfying(rule -> assertThat(rule.labTest()).isEqualTo("INR"));
            assertThat(protocol.texts()).hasSizeGreaterThan(20);
            assertThat(em.find(PatientLink.class, ids[2]).stateAt(Instant.parse("2026-11-26T12:00:00Z")))
                    .isEqualTo(LinkState.VALID);
        });
    }

    @Test
    void anIdempotencyKeyIsClaimedOncePerCallerAndRemembersWhatItCreated() {
        Instant now = Instant.parse("2026-11-25T12:00:00Z");
        String fingerprint = "ab".repeat(32);
        long[] referralId = new long[1];
        inTransaction(em -> {
            IdempotentRequest claim = IdempotentRequest.claim("frontdesk", IdempotentRequest.REGISTER_REFERRAL,
                    "key-map-1", fingerprint, now);
            em.persist(claim);
            em.flush();
            Patient patient = patient("MRN-MAP-3");
            em.persist(patient);
            Referral referral = Referral.receive(patient, referrer(), TargetOrgan.KIDNEY, null, null, null, false,
                    false, now);
            em.persist(referral);
            em.flush();
            claim.createdReferral(referral.id(), true, List.of(new PatientId(7), new PatientId(8)));
            referralId[0] = referral.id().value();
        });
        // Another caller may use the same key.
        inTransaction(em -> em.persist(IdempotentRequest.claim("clinician", IdempotentRequest.REGISTER_REFERRAL,
                "key-map-1", fingerprint, now)));

        inTransaction(em -> {
            IdempotentRequest stored = em.createQuery("SELECT r FROM IdempotentRequest r WHERE r.caller = :caller "
                    + "AND r.operation = :operation AND r.idempotencyKey = :key", IdempotentRequest.class)
                    .setParameter("caller", "frontdesk")
                    .setParameter("operation", IdempotentRequest.REGISTER_REFERRAL)
                    .setParameter("key", "key-map-1")
                    .getSingleResult();
            assertThat(stored.referral()).contains(new ReferralId(referralId[0]));
            assertThat(stored.newPatient()).isTrue();
            assertThat(stored.lookAlikes()).containsExactly(new PatientId(7), new PatientId(8));
            assertThat(stored.isSameRequest(fingerprint)).isTrue();
            assertThat(stored.createdAt()).isEqualTo(now);
        });
        assertThatThrownBy(() -> inTransaction(em -> {
            em.persist(IdempotentRequest.claim("frontdesk", IdempotentRequest.REGISTER_REFERRAL, "key-map-1",
                    "cd".repeat(32), now));
            em.flush();
        })).isInstanceOf(PersistenceException.class);
    }

    private static void inTransaction(Consumer<EntityManager> work) {
        EntityManager em = factory.createEntityManager();
        try {
            em.getTransaction().begin();
            work.accept(em);
            em.getTransaction().commit();
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    private static Patient patient(String mrn) {
        return Patient.register(MedicalRecordNumber.of(mrn), PersonName.of("Grace", "Okafor"),
                LocalDate.of(1961, 7, 4), EmailAddress.of("grace@example.org"), null, Language.EN,
                LocalDate.of(2026, 11, 25));
    }

    private static ReferringClinician referrer() {
        return ReferringClinician.of("Dr. Lee", "Harbour Oncology", PhoneNumber.of("+1 617 555 0100", "phone"), null);
    }

    private static OutboxMessage message(String key, Instant due, Instant now) {
        return OutboxMessage.enqueue(key, "topic-" + key, MessageKind.E1_REFERRAL_RECEIVED, null,
                EmailAddress.of("grace@example.org"), Language.ES, MailContent.of("Asunto", "Hola", "<p>Hola</p>"),
                "<" + key + "@cryopath.example>", due, now);
    }
}
