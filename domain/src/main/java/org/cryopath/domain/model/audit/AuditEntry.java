package org.cryopath.domain.model.audit;

import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonWriter;
import jakarta.json.spi.JsonProvider;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.cryopath.domain.model.patient.PatientId;
import org.cryopath.domain.shared.Require;

/**
 * One change as the audit log keeps it: who did what, when, to which record, and the record's fields before and
 * after (only those that changed). Entries are written in the transaction of the change and never altered.
 */
@Entity
@Table(name = "AUDIT_ENTRY")
public class AuditEntry {

    /** Looked up once: {@code Json.createXxx} looks the provider up again (a class path scan) on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    public static final String SYSTEM = "system";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "auditIds")
    @SequenceGenerator(name = "auditIds", sequenceName = "AUDIT_SEQ", allocationSize = 50)
    private Long id;

    @Column(name = "OCCURRED_AT")
    private Instant at;

    @Column(name = "ACTOR", length = 100)
    private String actor;

    /** What happened, as a message key: {@code referral.registered}, {@code staff.roles.assigned}. */
    @Column(name = "ACTION", length = 100)
    private String action;

    @Column(name = "SUBJECT_TYPE", length = 40)
    private String subjectType;

    @Column(name = "SUBJECT_ID")
    private Long subjectId;

    @Column(name = "PATIENT_ID")
    private Long patientId;

    @Lob
    @Column(name = "BEFORE_STATE")
    private String before;

    @Lob
    @Column(name = "AFTER_STATE")
    private String after;

    protected AuditEntry() {
    }

    /**
     * Records a change of {@code subjectType} {@code subjectId}. Fields equal before and after are left out; a
     * creation has no before, a deletion no after.
     */
    public static AuditEntry of(Instant at, String actor, String action, String subjectType, Long subjectId,
            PatientId patient, Map<String, String> before, Map<String, String> after) {
        AuditEntry entry = new AuditEntry();
        entry.at = Require.present(at, "at");
        entry.actor = actor == null || actor.isBlank() ? SYSTEM : actor;
        entry.action = Require.text(action, "action", 100);
        entry.subjectType = Require.text(subjectType, "subjectType", 40);
        entry.subjectId = subjectId;
        entry.patientId = patient == null ? null : patient.value();
        Map<String, String> from = before == null ? Map.of() : before;
        Map<String, String> to = after == null ? Map.of() : after;
        TreeSet<String> changed = new TreeSet<>();
        for (String field : union(from, to)) {
            if (!Objects.equals(from.get(field), to.get(field))) {
                changed.add(field);
            }
        }
        entry.before = before == null ? null : render(from, changed);
        entry.after = after == null ? null : render(to, changed);
        return entry;
    }

    private static TreeSet<String> union(Map<String, String> a, Map<String, String> b) {
        TreeSet<String> fields = new TreeSet<>(a.keySet());
        fields.addAll(b.keySet());
        return fields;
    }

    /**
     * The changed fields as a JSON object, in field order: {@code {"email":"new@example.org"}}. JSON, not lines of
     * {@code field: value}, so that a value holding a line break, a colon or quotes reads back as it was.
     */
    private static String render(Map<String, String> state, TreeSet<String> fields) {
        JsonObjectBuilder json = JSON.createObjectBuilder();
        for (String field : fields) {
            json.add(field, state.getOrDefault(field, ""));
        }
        StringWriter text = new StringWriter();
        try (JsonWriter writer = JSON.createWriter(text)) {
            writer.writeObject(json.build());
        }
        return text.toString();
    }

    /** The before or after text read back as field → value, in field order. */
    public static Map<String, String> parse(String state) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (state == null || state.isEmpty()) {
            return fields;
        }
        if (state.startsWith("{")) {
            try (JsonReader reader = JSON.createReader(new StringReader(state))) {
                reader.readObject().forEach((field, value) -> fields.put(field,
                        value instanceof JsonString text ? text.getString() : value.toString()));
            }
            return fields;
        }
        // Entries written before version 6 of the schema: "field: value" lines.
        for (String line : state.split("\n")) {
            int colon = line.indexOf(": ");
            if (colon > 0) {
                fields.put(line.substring(0, colon), line.substring(colon + 2));
            }
        }
        return fields;
    }

    /** The before or after text as people read it: one {@code field: value} line per field. */
    public static String readable(String state) {
        if (state == null) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        parse(state).forEach((field, value) -> {
            if (text.length() > 0) {
                text.append('\n');
            }
            text.append(field).append(": ").append(value);
        });
        return text.toString();
    }

    public Long id() {
        return id;
    }

    public Instant at() {
        return at;
    }

    public String actor() {
        return actor;
    }

    public String action() {
        return action;
    }

    public String subjectType() {
        return subjectType;
    }

    public Long subjectId() {
        return subjectId;
    }

    public Long patientId() {
        return patientId;
    }

    public String before() {
        return before;
    }

    public String after() {
        return after;
    }
}
