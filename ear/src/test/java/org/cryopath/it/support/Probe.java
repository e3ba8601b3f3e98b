package org.cryopath.it.support;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** Calls the test probe inside the server. */
public final class Probe {

    // HTTP/1.1 as the Api client (see there): the JDK asks a plain-http server for h2c first, and under parallel
    // clients one upgraded request with a body hung until the server gave up reading it (Blocking read timeout)
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private Probe() {
    }

    /** A response: its status and JSON body (null when empty). */
    public record Reply(int status, JsonStructure body) {

        public JsonObject object() {
            return (JsonObject) body;
        }

        public JsonArray array() {
            return (JsonArray) body;
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    public static Reply post(String path, String json) {
        return send(HttpRequest.newBuilder(Server.probe(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json == null ? "" : json)).build());
    }

    public static Reply get(String path) {
        return send(HttpRequest.newBuilder(Server.probe(path)).GET().build());
    }

    /** Posts as a member of a staff role ({@code CLINICAL}), whom the services' role checks let in or refuse. */
    public static Reply postAs(String role, String path, String json) {
        return send(HttpRequest.newBuilder(Server.probe(path))
                .header("Content-Type", "application/json")
                .header("X-Probe-Role", role)
                .POST(HttpRequest.BodyPublishers.ofString(json == null ? "" : json)).build());
    }

    /** Reads as a member of a staff role. */
    public static Reply getAs(String role, String path) {
        return send(HttpRequest.newBuilder(Server.probe(path)).header("X-Probe-Role", role).GET().build());
    }

    public static Reply dispatchOutbox() {
        return post("outbox/dispatch", null);
    }

    public static JsonArray outboxOf(String mrn) {
        return get("outbox?mrn=" + URLEncoder.encode(mrn, StandardCharsets.UTF_8)).array();
    }

    public static long referralCount(String mrn) {
        return get("referrals/count?mrn=" + URLEncoder.encode(mrn, StandardCharsets.UTF_8)).object()
                .getJsonNumber("count").longValue();
    }

    private static Reply send(HttpRequest request) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            String body = response.body();
            if (response.statusCode() >= 500) {
                throw new AssertionError("Probe " + request.uri() + " answered " + response.statusCode() + ": " + body);
            }
            return new Reply(response.statusCode(), body == null || body.isBlank() ? null
                    : Json.createReader(new StringReader(body)).read());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
