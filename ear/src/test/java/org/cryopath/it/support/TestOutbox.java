package org.cryopath.it.support;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Test messages in the server's outbox, through the probe: each test gets its own topic and recipients. */
public final class TestOutbox {

    private TestOutbox() {
    }

    /** A topic (and recipient prefix) no other test uses, e.g. {@code storm-k3x9a1}. */
    public static String uniqueTopic(String prefix) {
        return prefix.toLowerCase() + "-" + Long.toString(System.nanoTime(), 36) + ThreadLocalRandom.current().nextInt(100);
    }

    /** A message of {@code topic}: key {@code <topic>/<n>}, to {@code <topic>-<n>@example.org} unless given. */
    public static JsonObject message(String topic, int n, String recipient, int dueInSeconds, boolean calendar) {
        return Json.createObjectBuilder()
                .add("key", topic + "/" + n)
                .add("topic", topic)
                .add("recipient", recipient == null ? recipientOf(topic, n) : recipient)
                .add("dueInSeconds", dueInSeconds)
                .add("calendar", calendar)
                .build();
    }

    public static String recipientOf(String topic, int n) {
        return topic + "-" + n + "@example.org";
    }

    /** {@code count} messages of {@code topic}, due in {@code dueInSeconds}. */
    public static List<JsonObject> messages(String topic, int count, int dueInSeconds) {
        return IntStream.range(0, count).mapToObj(n -> message(topic, n, null, dueInSeconds, false)).toList();
    }

    /** Enqueues in one transaction; returns the ids. */
    public static List<Long> enqueue(List<JsonObject> messages) {
        return enqueue(messages, false, false);
    }

    public static List<Long> enqueue(List<JsonObject> messages, boolean twice, boolean rollback) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        messages.forEach(array::add);
        Probe.Reply reply = Probe.post("outbox/enqueue" + (rollback ? "?rollback=true" : ""),
                Json.createObjectBuilder().add("messages", array).add("twice", twice).build().toString());
        return reply.object().getJsonArray("ids").stream()
                .map(id -> ((jakarta.json.JsonNumber) id).longValue()).toList();
    }

    public static JsonArray rows(String topic) {
        return Probe.get("outbox/topic?topic=" + encode(topic)).array();
    }

    public static Map<String, Long> statusCounts(String topic) {
        JsonObject counts = Probe.get("outbox/topic/counts?topic=" + encode(topic)).object();
        return counts.keySet().stream().collect(Collectors.toMap(key -> key,
                key -> counts.getJsonNumber(key).longValue()));
    }

    public static long countIn(String topic, String status) {
        return statusCounts(topic).get(status);
    }

    public static Set<String> messageIds(String topic) {
        return rows(topic).stream().map(JsonValue::asJsonObject).map(row -> row.getString("messageId"))
                .collect(Collectors.toSet());
    }

    public static void makeDue(String topic) {
        Probe.post("outbox/make-due?topic=" + encode(topic), null);
    }

    public static int supersede(String topic, String reason, boolean rollback) {
        return Probe.post("outbox/supersede?topic=" + encode(topic) + "&reason=" + encode(reason)
                + (rollback ? "&rollback=true" : ""), null).object().getInt("superseded");
    }

    public static void corruptRecipient(long id, String value) {
        Probe.post("outbox/" + id + "/corrupt-recipient?value=" + encode(value), null);
    }

    /** Runs {@code dispatchers} dispatcher runs at once; returns each one's report. */
    public static JsonArray dispatchConcurrently(int dispatchers, int batch) {
        return Probe.post("outbox/dispatch-concurrently?dispatchers=" + dispatchers + "&batch=" + batch, null).array();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
