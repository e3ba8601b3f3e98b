package org.cryopath.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.DayOfWeek;
import java.time.OffsetDateTime;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sessions for the escort tests, each with a room and a radiologist of its own on a day far ahead (so the server's own
 * escalation timer, on the real clock, never reaches them: the tests move the clock of a run instead), and what is
 * stored of a session's escort.
 */
public final class Escorts {

    private static final Pattern LINK = Pattern.compile("(http://\\S+/link/escort\\.xhtml\\?t=[A-Za-z0-9_-]+)");

    private Escorts() {
    }

    /**
     * A weekday 3 to 8 years ahead on which no session is booked yet (the test database is kept between runs): the
     * escort tests book there, where no other test books and the server's own escalation timer never looks.
     */
    public static LocalDate freeDay() {
        for (int attempt = 0; attempt < 50; attempt++) {
            LocalDate day = LocalDate.now(Clinic.ZONE).plusDays(1100 + ThreadLocalRandom.current().nextInt(1800));
            if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY
                    || day.getMonthValue() == 12 && day.getDayOfMonth() == 25 || day.getDayOfYear() == 1) {
                continue;
            }
            Instant from = day.minusDays(1).atStartOfDay(Clinic.ZONE).toInstant();
            Instant to = day.plusDays(2).atStartOfDay(Clinic.ZONE).toInstant();
            if (Probe.get("escort/sessions-between?from=" + from + "&to=" + to).object().getJsonNumber("count")
                    .longValue() == 0) {
                return day;
            }
        }
        throw new AssertionError("no free day found for the escort tests");
    }

    public static Booked book(String tag, LocalDate day, int hour) {
        String mrn = Referrals.uniqueMrn("ESC" + tag);
        long caseId = readyCase(mrn);
        long room = Clinic.room("Escort room " + tag + " " + mrn, "CT");
        long radiologist = Clinic.radiologist("Dr. Escort " + tag + " " + mrn);
        String start = Clinic.at(day, hour, 0);
        Api.Reply booked = Clinic.book(Staff.FRONT_DESK, caseId, Clinic.placement(start, room, radiologist, null));
        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
        long session = booked.json().getJsonNumber("sessionId").longValue();
        return new Booked(session, mrn, OffsetDateTime.parse(start).toInstant(), room, radiologist);
    }

    /** A session booked for the tests: its id, its patient's MRN and its start. */
    public record Booked(long id, String mrn, Instant start, long room, long radiologist) {

        /** The moment {@code before} its start: where a test moves the clock of an escalation run. */
        public Instant before(Duration before) {
            return start.minus(before);
        }
    }

    /** The escort link of the session's E3 (the first link in its booking email). */
    public static URI linkOfE3(long sessionId) {
        JsonArray mail = Probe.get("booking/sessions/" + sessionId + "/mail").array();
        String text = mail.stream().map(JsonObject.class::cast)
                .filter(message -> message.getString("kind").equals("E3_SESSION_BOOKED"))
                .findFirst().orElseThrow(() -> new AssertionError("no E3 for session " + sessionId + ": " + mail))
                .getString("text");
        return URI.create(linkIn(text));
    }

    public static String linkIn(String text) {
        Matcher matcher = LINK.matcher(text);
        assertThat(matcher.find()).as("an escort link in " + text).isTrue();
        return matcher.group(1);
    }

    /** What is stored of the session's escort (see the probe). */
    public static JsonObject of(long sessionId) {
        return Probe.get("escort/sessions/" + sessionId).object();
    }

    public static JsonObject escalateAt(Instant at) {
        Probe.Reply reply = Probe.post("escort/escalate", Json.createObjectBuilder().add("at", at.toString()).build()
                .toString());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.object();
    }

    /** A case ready to book (as {@link Clinic#readyCase}) whose patient has a phone number on file. */
    private static long readyCase(String mrn) {
        String tag = mrn.replaceAll("[^A-Z0-9]", "");
        Probe.Reply registered = Probe.postAs("FRONT_DESK", "referrals", Referrals.valid(mrn, "EN")
                .add("patient", Json.createObjectBuilder().add("mrn", mrn).add("givenName", "Given" + tag)
                        .add("familyName", "Escort" + tag).add("dateOfBirth", "1955-05-05")
                        .add("email", Referrals.mailboxOf(mrn)).add("phone", "+1 555 014 2002")
                        .add("preferredLanguage", "EN"))
                .build().toString());
        long referral = registered.object().getJsonNumber("referralId").longValue();
        long caseId = Probe.postAs("CLINICAL", "pathway/triage/" + referral + "/accept", Json.createObjectBuilder()
                .add("anaesthesia", "SEDATION").add("guidance", "CT").add("plannedSessions", 1).build().toString())
                .object().getJsonNumber("caseId").longValue();
        long plan = Probe.postAs("CLINICAL", "pathway/cases/" + caseId + "/plan", "{\"medications\": []}").object()
                .getJsonNumber("planId").longValue();
        Probe.postAs("CLINICAL", "pathway/plans/" + plan + "/issue", null);
        return caseId;
    }
}
