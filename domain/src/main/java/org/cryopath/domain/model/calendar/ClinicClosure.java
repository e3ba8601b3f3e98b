package org.cryopath.domain.model.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.cryopath.domain.shared.Require;

/** A day the clinic is closed (a public holiday): no session is booked on it. */
@Entity
@Table(name = "CLINIC_CLOSURE")
public class ClinicClosure {

    public static final int REASON_MAX_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "closureIds")
    @SequenceGenerator(name = "closureIds", sequenceName = "CLINIC_CLOSURE_SEQ", allocationSize = 50)
    private Long id;

    @Column(name = "CLOSED_ON")
    private LocalDate day;

    @Column(name = "REASON", length = REASON_MAX_LENGTH)
    private String reason;

    protected ClinicClosure() {
    }

    public static ClinicClosure on(LocalDate day, String reason) {
        ClinicClosure closure = new ClinicClosure();
        closure.day = Require.present(day, "day");
        closure.reason = Require.text(reason, "reason", REASON_MAX_LENGTH);
        return closure;
    }

    public long id() {
        return id;
    }

    public LocalDate day() {
        return day;
    }

    public String reason() {
        return reason;
    }
}
