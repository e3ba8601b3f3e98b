package org.cryopath.it.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * Another system calling CryoPath's REST API, as a client outside the server would: plain HTTP with Basic
 * authentication, no cookies kept, redirects not followed.
 */
public final class Api {

    public static final String REFERRALS = "api/v1/referrals";

    // HTTP/1.1, a connection per request in flight: by default the client offers an h2c upgrade and then multiplexes
    // every parallel request over one HTTP/2 connection; under load one of them hung, and the server's GOAWAY then
    // failed the 20 others in flight with it (TwoMicroInstancesIT's 50 bookings, 2026-11-30)
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER).build();

    private Api() {
    }

    /** An answer: status, headers and the body as text (and as JSON when it is JSON). */
    public record Reply(int status, HttpResponse<String> response) {

        public String body() {
            return response.body();
        }

        public String contentType() {
            return header("Content-Type").orElse("");
        }

        public Optional<String> header(String name) {
            return response.headers().firstValue(name);
        }

        public JsonObject json() {
            JsonStructure parsed = Json.createReader(new StringReader(body())).read();
            return parsed.asJsonObject();
        }

        @Override
        public String toString() {
            return status + " " + contentType() + " " + body();
        }
    }

    /** A request builder for the API, signed in as {@code staff} (or anonymous when null). */
    public static HttpRequest.Builder request(String path, Staff staff) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(Server.cryopath(path)).timeout(Duration.ofSeconds(60));
        if (staff != null) {
            builder.header("Authorization", basic(staff.username(), staff.password()));
        }
        return builder;
    }

    /** POSTs a referral as JSON under {@code idempotencyKey}. */
    public static Reply register(Staff staff, String idempotencyKey, String json) {
        return send(request(REFERRALS, staff)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    public static Reply get(Staff staff, String path) {
        return send(request(path, staff).GET());
    }

    public static Reply get(URI uri, Staff staff) {
        return send(HttpRequest.newBuilder(uri).header("Authorization", basic(staff.username(), staff.password())).GET());
    }

    public static Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(response.statusCode(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static String newKey() {
        return UUID.randomUUID().toString();
    }

    public static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A valid referral in the API's contract, for a patient no other test has: the MRN and the names are unique, so
     * no other test's patient is a look-alike.
     */
    public static JsonObjectBuilder referral(String mrn) {
        String tag = mrn.substring(Math.max(0, mrn.length() - 8)).replaceAll("[^A-Z0-9]", "");
        return Json.createObjectBuilder()
                .add("patient", patient(mrn, "Api" + tag, "Caller" + tag))
                .add("referrer", Json.createObjectBuilder()
                        .add("name", "Dr. Morgan Lee")
                        .add("practice", "Harbour Oncology")
                        .add("phone", "+1 555 010 2200")
                        .add("email", "referrals@harbour-oncology.example.org"))
                .add("targetOrgan", "KIDNEY")
                .add("indication", "3.1 cm renal mass")
                .add("requestedGuidance", "CT")
                .add("priority", "URGENT")
                .add("anticoagulated", true)
                .add("diabetic", false);
    }

    public static JsonObjectBuilder patient(String mrn, String givenName, String familyName) {
        return Json.createObjectBuilder()
                .add("mrn", mrn)
                .add("givenName", givenName)
                .add("familyName", familyName)
                .add("dateOfBirth", "1958-03-14")
                .add("email", Referrals.mailboxOf(mrn))
                .add("phone", "+1 555 014 1001")
                .add("preferredLanguage", "en");
    }
}
