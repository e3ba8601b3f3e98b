package org.cryopath.it.support;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The booking benchmarks' clinic: 10 rooms (7 CT, 3 ultrasound; open every day 07:00 to 19:00, 30 minutes' turnover),
 * 20 radiologists and 6 anaesthetists of its own, named {@code Bench ...} / {@code Dr. Bench ...}; its patients and
 * their cases, copied in bulk inside the server from one case made through the services; and the clean-up that puts
 * the test database back as the benchmark found it (see {@code BookingBenchProbe}).
 */
public final class BenchClinic {

    public static final int ROOMS = 10;
    public static final int CT_ROOMS = 7;
    public static final int RADIOLOGISTS = 20;
    public static final int ANAESTHETISTS = 6;
    private static final int SEED_DAYS = 30;

    private final List<Long> rooms = new ArrayList<>();
    private final List<Long> radiologists = new ArrayList<>();
    private final List<Long> anaesthetists = new ArrayList<>();

    private BenchClinic() {
    }

    /** Cleans up whatever an earlier run left (a crash), then makes the benchmark's rooms and clinicians. */
    public static BenchClinic open(String name) {
        cleanUp();
        BenchClinic clinic = new BenchClinic();
        String tag = name + " " + Referrals.unique(4);
        for (int i = 0; i < ROOMS; i++) {
            clinic.rooms.add(Clinic.room(String.format("Bench %s room %02d", tag, i + 1), i < CT_ROOMS ? "CT" : "ULTRASOUND"));
        }
        for (int i = 0; i < RADIOLOGISTS; i++) {
            clinic.radiologists.add(Clinic.radiologist(String.format("Dr. Bench %s radiologist %02d", tag, i + 1)));
        }
        for (int i = 0; i < ANAESTHETISTS; i++) {
            clinic.anaesthetists.add(Clinic.anaesthetist(String.format("Dr. Bench %s anaesthetist %02d", tag, i + 1)));
        }
        return clinic;
    }

    /** The benchmark's data removed, its rooms and clinicians inactive, parked rooms and clinicians active again. */
    public static void cleanUp() {
        Probe.post("booking-bench/unpark", null);
        while (Probe.post("booking-bench/clean/sessions?count=10000", null).object().getInt("removed") > 0) {
            // a chunk at a time
        }
        Probe.post("booking-bench/clean", null);
    }

    /**
     * Patients {@code first..first+count-1} of the benchmark with cases ready to book under {@code anaesthesia}
     * (kidney, CT, one session of 120 minutes), copied from {@code template}. Answers the first case's id.
     */
    public static long cases(int first, int count, String anaesthesia, long template) {
        Probe.Reply made = Probe.post("booking-bench/cases?first=" + first + "&count=" + count + "&anaesthesia="
                + anaesthesia + "&template=" + template, null);
        if (made.status() != 200) {
            throw new AssertionError("Cases not made: " + made);
        }
        return made.object().getJsonNumber("firstCase").longValue();
    }

    /** Every room and clinician of the clinic but the benchmark's inactive until {@link #cleanUp}. */
    public void parkTheRest() {
        List<Long> clinicians = new ArrayList<>(radiologists);
        clinicians.addAll(anaesthetists);
        Probe.post("booking-bench/park", Json.createObjectBuilder().add("keepRooms", array(rooms))
                .add("keepClinicians", array(clinicians)).build().toString());
    }

    /**
     * Seeds {@code sessions} sessions in the benchmark's rooms over {@code days} days from {@code firstDay}, a month a
     * call (see {@code BookingBenchProbe#sessions}); answers the totals: sessions, active, cancelled, activeToday.
     */
    public JsonObject seedSessions(LocalDate firstDay, int days, int sessions, double occupancy, int patients) {
        int written = 0;
        int active = 0;
        int activeToday = 0;
        for (int from = 0; from < days; from += SEED_DAYS) {
            int to = Math.min(days, from + SEED_DAYS);
            int chunk = (int) ((long) sessions * to / days - (long) sessions * from / days);
            Probe.Reply seeded = Probe.post("booking-bench/sessions", Json.createObjectBuilder()
                    .add("rooms", array(rooms)).add("radiologists", array(radiologists))
                    .add("anaesthetists", array(anaesthetists)).add("firstDay", firstDay.plusDays(from).toString())
                    .add("days", to - from).add("sessions", chunk).add("occupancy", occupancy)
                    .add("patients", patients).add("idOffset", written).build().toString());
            if (seeded.status() != 200) {
                throw new AssertionError("Sessions not seeded: " + seeded);
            }
            written += seeded.object().getInt("sessions");
            active += seeded.object().getInt("active");
            activeToday += seeded.object().getInt("activeToday");
        }
        return Json.createObjectBuilder().add("sessions", written).add("active", active)
                .add("cancelled", written - active).add("activeToday", activeToday).build();
    }

    public List<Long> rooms() {
        return rooms;
    }

    public List<Long> radiologists() {
        return radiologists;
    }

    public List<Long> anaesthetists() {
        return anaesthetists;
    }

    private static JsonArrayBuilder array(List<Long> ids) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        ids.forEach(array::add);
        return array;
    }
}
