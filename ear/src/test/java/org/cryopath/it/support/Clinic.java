package org.cryopath.it.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

/**
 * The clinic as booking tests need it: rooms and clinicians of a test's own (open and at work every day, 07:00 to
 * 19:00, so no other test's bookings get in their way), treatment cases ready to book (referral registered, accepted,
 * preparation issued, no medicine to hold), days far enough ahead, and the booking API.
 */
public final class Clinic {

    public static final ZoneId ZONE = ZoneId.of("America/New_York");

    private Clinic() {
    }

    public static long room(String name, String modality) {
        return Probe.postAs("ADMIN", "booking/rooms", Json.createObjectBuilder().add("name", name)
                .add("modality", modality).build().toString()).object().getJsonNumber("id").longValue();
    }

    /** A room of the test's own, open every day from {@code opens} to {@code closes} ("HH:mm"). */
    public static long room(String name, String modality, String opens, String closes) {
        return Probe.postAs("ADMIN", "booking/rooms", Json.createObjectBuilder().add("name", name)
                .add("modality", modality).add("opens", opens).add("closes", closes).build().toString())
                .object().getJsonNumber("id").longValue();
    }

    public static long radiologist(String name) {
        return clinician(name, "RADIOLOGIST");
    }

    /** A radiologist of the test's own, at work every day from {@code opens} to {@code closes} ("HH:mm"). */
    public static long radiologist(String name, String opens, String closes) {
        return Probe.postAs("ADMIN", "booking/clinicians", Json.createObjectBuilder().add("name", name)
                .add("role", "RADIOLOGIST").add("opens", opens).add("closes", closes).build().toString())
                .object().getJsonNumber("id").longValue();
    }

    public static long anaesthetist(String name) {
        return clinician(name, "ANAESTHETIST");
    }

    private static long clinician(String name, String role) {
        return Probe.postAs("ADMIN", "booking/clinicians", Json.createObjectBuilder().add("name", name)
                .add("role", role).build().toString()).object().getJsonNumber("id").longValue();
    }

    /**
     * A case whose preparation is issued: a kidney referral (sessions of 120 minutes) for a patient of its own,
     * accepted with {@code anaesthesia} and CT guidance for {@code sessions} sessions.
     */
    public static long readyCase(String mrn, String anaesthesia, int sessions) {
        Probe.Reply registered = Probe.postAs("FRONT_DESK", "referrals", Referrals.valid(mrn, "EN")
                .add("patient", Json.createObjectBuilder().add("mrn", mrn).add("givenName", "Given" + tag(mrn))
                        .add("familyName", "Booking" + tag(mrn)).add("dateOfBirth", "1959-09-09")
                        .add("email", Referrals.mailboxOf(mrn)).add("preferredLanguage", "EN"))
                .build().toString());
        long referral = registered.object().getJsonNumber("referralId").longValue();
        long caseId = Probe.postAs("CLINICAL", "pathway/triage/" + referral + "/accept", Json.createObjectBuilder()
                .add("anaesthesia", anaesthesia).add("guidance", "CT").add("plannedSessions", sessions).build().toString())
                .object().getJsonNumber("caseId").longValue();
        long plan = Probe.postAs("CLINICAL", "pathway/cases/" + caseId + "/plan", "{\"medications\": []}").object()
                .getJsonNumber("planId").longValue();
        Probe.postAs("CLINICAL", "pathway/plans/" + plan + "/issue", null);
        return caseId;
    }

    /** A weekday at least {@code minDaysAhead} days from today, not a holiday, picked at random over a year. */
    public static LocalDate farDay(int minDaysAhead) {
        LocalDate day = LocalDate.now(ZONE).plusDays(minDaysAhead + ThreadLocalRandom.current().nextInt(365));
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY
                || MonthDay.from(day).equals(MonthDay.of(12, 25)) || MonthDay.from(day).equals(MonthDay.of(1, 1))) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** A clinic wall-clock time as the API wants it: RFC 3339 with the offset. */
    /** Every day the clinic has closed, as ISO dates ({@code 2026-12-25}), read through the bench probe. */
    public static Set<String> closedDays() {
        return Probe.get("booking-bench/closures").array().getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).collect(Collectors.toSet());
    }

    public static String at(LocalDate day, int hour, int minute) {
        return ZonedDateTime.of(day, LocalTime.of(hour, minute), ZONE).toOffsetDateTime().toString();
    }

    public static JsonObject placement(String start, long room, long radiologist, Long anaesthetist) {
        var json = Json.createObjectBuilder().add("start", start).add("roomId", room).add("radiologistId", radiologist);
        if (anaesthetist != null) {
            json.add("anaesthetistId", anaesthetist);
        }
        return json.build();
    }

    public static Api.Reply book(Staff staff, long caseId, JsonObject placement) {
        return book(staff, Api.newKey(), caseId, placement);
    }

    public static Api.Reply book(Staff staff, String key, long caseId, JsonObject placement) {
        return Api.send(Api.request("api/v1/cases/" + caseId + "/sessions", staff)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(placement.toString(), StandardCharsets.UTF_8)));
    }

    /** Moves a session through the booking service (the dashboard's way; the API has no reschedule). */
    public static Probe.Reply reschedule(long sessionId, JsonObject placement) {
        return Probe.postAs("FRONT_DESK", "booking/sessions/" + sessionId + "/reschedule", placement.toString());
    }

    public static Api.Reply cancel(Staff staff, long sessionId, String reason) {
        return Api.send(Api.request("api/v1/sessions/" + sessionId + "/cancellation", staff)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", Api.newKey())
                .POST(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder().add("reason", reason).build()
                        .toString(), StandardCharsets.UTF_8)));
    }

    public static long doubleBookings() {
        return Probe.get("booking/double-bookings").object().getJsonNumber("doubleBookings").longValue();
    }

    private static String tag(String mrn) {
        return mrn.replaceAll("[^A-Z0-9]", "");
    }
}
