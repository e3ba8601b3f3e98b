package org.cryopath.it.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What IT watches, read as IT's monitoring would: Payara's {@code /health/*} and {@code /metrics} endpoints. */
public final class Operations {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Operations() {
    }

    /** A health answer: the HTTP status (200 up, 503 down) and the JSON document. */
    public record Health(int status, JsonObject body) {

        public boolean up() {
            return status == 200 && "UP".equals(body.getString("status"));
        }

        /** The named check ("database", "smtp", "process"). */
        public JsonObject check(String name) {
            return body.getJsonArray("checks").stream().map(JsonValue::asJsonObject)
                    .filter(check -> name.equals(check.getString("name")))
                    .findFirst().orElseThrow(() -> new AssertionError("No check " + name + " in " + body));
        }

        public String data(String check, String key) {
            return check(check).getJsonObject("data").getString(key);
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    public static Health readiness() {
        return health("health/ready");
    }

    public static Health liveness() {
        return health("health/live");
    }

    private static Health health(String path) {
        HttpResponse<String> response = get(path);
        return new Health(response.statusCode(), Json.createReader(new StringReader(response.body())).readObject());
    }

    /** The application's metrics in the OpenMetrics text format. */
    public static String metrics() {
        HttpResponse<String> response = get("metrics?scope=application");
        if (response.statusCode() != 200) {
            throw new AssertionError("/metrics answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    /** The value of a metric in the text ({@code cryopath_outbox_sent_total}), whatever its tags. */
    public static Optional<Double> metric(String text, String name) {
        Matcher line = Pattern.compile("(?m)^" + Pattern.quote(name) + "(?:\\{[^}]*\\})?\\s+(\\S+)$").matcher(text);
        return line.find() ? Optional.of(Double.parseDouble(line.group(1))) : Optional.empty();
    }

    public static double metric(String name) {
        String text = metrics();
        return metric(text, name).orElseThrow(() -> new AssertionError("No metric " + name + " in:\n" + text));
    }

    /** Any page, at the root of the test server's HTTP listener. */
    public static HttpResponse<String> get(String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + Server.httpPort() + "/" + path))
                    .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
