package org.cryopath.it.support;

import static org.awaitility.Awaitility.await;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.cryopath.it.microprobe.MicroProbeApplication;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;

/**
 * Clustered Payara Micro instances of the Micro WAR (with the probe inside, see
 * {@link CryoPathDeployment#realMicroWarWithProbe()}) on the build's PostgreSQL cluster, as the it-cluster run of
 * ear/pom.xml starts them: on one machine, joined into one Hazelcast data grid by TCP/IP on 127.0.0.1 (nothing
 * multicast), each with its own ports. Instance {@code n} (a = 0, b = 1, c = 2) answers HTTP on
 * {@code it.cluster.portbase + 2n} (HTTPS the port after) and joins the data grid on {@code it.cluster.portbase + 8 + n};
 * the grid's member list names a and b. Shared by {@code TwoMicroInstancesIT} and {@code OutboxTwoInstancesBenchmark}.
 * Each instance's log is {@code <it.micro.dir>/cluster/<name>.log}; the directory is emptied when a pair is prepared,
 * so a log tells one run only.
 */
public final class MicroPair implements AutoCloseable {

    /** How long one instance may take to boot and deploy: minutes on a loaded two-core machine. */
    public static final Duration START = Duration.ofMinutes(10);

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private final Path dir;
    private final Path war;
    private final String jdbcUrl;
    private final int base;
    private final Map<String, String> environment;
    private MicroInstance a;
    private MicroInstance b;

    private MicroPair(Path dir, Path war, String jdbcUrl, int base, Map<String, String> environment) {
        this.dir = dir;
        this.war = war;
        this.jdbcUrl = jdbcUrl;
        this.base = base;
        this.environment = environment;
    }

    /** The shared database of the instances, empty when the build runs no PostgreSQL (or leaves the cluster out). */
    public static String jdbcUrl() {
        return System.getProperty("it.cluster.jdbc.url", "");
    }

    /**
     * The WAR exported and the directory made ready; no instance started yet. {@code environment} is added to each
     * instance's (this JVM's, where failsafe put the test configuration, and the database's settings).
     */
    public static MicroPair prepare(Map<String, String> environment) {
        try {
            Path dir = Path.of(System.getProperty("it.micro.dir", "target/micro"), "cluster");
            deleteRecursively(dir);
            Files.createDirectories(dir);
            Path war = dir.resolve("cryopath.war");
            CryoPathDeployment.realMicroWarWithProbe().as(ZipExporter.class).exportTo(war.toFile(), true);
            return new MicroPair(dir, war, jdbcUrl(), Integer.getInteger("it.cluster.portbase", 28182), environment);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Starts a, waits until it answers, then b, and waits until both are in one data grid. One after the other: the
     * first migrates an empty database (and loads the demo data) alone.
     */
    public MicroPair startBoth() {
        startA();
        startB();
        return this;
    }

    /** Starts a alone and waits until it answers. */
    public MicroInstance startA() {
        a = startInstance("a", 0, jdbcUrl);
        a.awaitApplication("cryopath", START);
        return a;
    }

    /** Starts b, waits until it answers and until a and b form one data grid. */
    public MicroInstance startB() {
        b = startInstance("b", 1, jdbcUrl);
        b.awaitApplication("cryopath", START);
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1))
                .until(() -> log(a).contains("DG Size: 2") || log(b).contains("DG Size: 2"));
        return b;
    }

    public MicroInstance a() {
        return a;
    }

    public MicroInstance b() {
        return b;
    }

    /**
     * Starts instance number {@code n} (2 for a third one) with the given database; does not wait for it. It joins
     * the data grid through a's and b's grid ports.
     */
    public MicroInstance startInstance(String name, int n, String jdbc) {
        int httpPort = httpPort(n);
        Map<String, String> env = new HashMap<>(environment);
        env.put("CRYOPATH_JDBC_URL", jdbc);
        env.put("CRYOPATH_JDBC_USER", "cryopath");
        env.put("CRYOPATH_JDBC_PASSWORD", "cryopath");
        env.put("CRYOPATH_PUBLIC_URL", "http://localhost:" + httpPort + "/cryopath");
        int gridA = base + 8;
        int gridB = base + 9;
        String preBoot = System.getProperty("it.micro.preBootCommands");
        return MicroInstance.start(new MicroInstance.Options(
                Path.of(System.getProperty("it.micro.dir", "target/micro"), "payara-micro.jar"), war,
                dir.resolve(name), dir.resolve(name + ".log"), preBoot == null ? null : Path.of(preBoot),
                httpPort, httpPort + 1,
                List.of("-Xmx1024m"),
                List.of("--name", "cryopath-" + name, "--clustername", "cryopath-it-" + gridA,
                        "--clustermode", "tcpip:127.0.0.1:" + gridA + ",127.0.0.1:" + gridB,
                        "--startport", String.valueOf(base + 8 + n), "--interfaces", "127.0.0.1"),
                env));
    }

    /** The HTTP port of instance number {@code n}. */
    public int httpPort(int n) {
        return base + 2 * n;
    }

    /** Where the instances' work directories and logs are. */
    public Path dir() {
        return dir;
    }

    /** Stops a, if it runs (a normal shutdown). */
    public void stopA() {
        stop(a);
    }

    /** Stops b, if it runs (a normal shutdown). */
    public void stopB() {
        stop(b);
    }

    @Override
    public void close() {
        stop(a);
        stop(b);
    }

    private static void stop(MicroInstance instance) {
        if (instance != null && instance.isAlive()) {
            instance.stop();
        }
    }

    // What the tests and the benchmark ask of an instance, over HTTP

    /** Enqueues test messages {@code from..to-1} of {@code topic}, due in an hour (so no dispatcher takes them yet). */
    public static void enqueue(MicroInstance instance, String topic, int from, int to) {
        JsonArrayBuilder messages = Json.createArrayBuilder();
        for (int n = from; n < to; n++) {
            messages.add(TestOutbox.message(topic, n, null, 3600, false));
        }
        post(instance, "outbox/enqueue", Json.createObjectBuilder().add("messages", messages).build().toString());
    }

    /** Makes every message of {@code topic} due now, all at once. */
    public static void makeDue(MicroInstance instance, String topic) {
        post(instance, "outbox/make-due?topic=" + encode(topic));
    }

    /** The instance's own count of messages it sent (its metric {@code cryopath_outbox_sent_total}). */
    public static double sent(MicroInstance instance) {
        HttpResponse<String> metrics = send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + instance.httpPort() + "/metrics?scope=application")).GET());
        return Operations.metric(metrics.body(), "cryopath_outbox_sent_total").orElse(0.0);
    }

    /** The topic's messages per status, as stored in the shared database. */
    public static JsonObject counts(MicroInstance instance, String topic) {
        return Json.createReader(new StringReader(send(HttpRequest.newBuilder(
                probe(instance, "outbox/topic/counts?topic=" + encode(topic))).GET()).body())).readObject();
    }

    /** How many of the topic's messages are stored as sent. */
    public static long sentInDatabase(MicroInstance instance, String topic) {
        JsonObject counts = counts(instance, topic);
        return counts.containsKey("SENT") ? counts.getJsonNumber("SENT").longValue() : 0;
    }

    public static void post(MicroInstance instance, String path) {
        send(HttpRequest.newBuilder(probe(instance, path)).POST(HttpRequest.BodyPublishers.noBody()));
    }

    public static void post(MicroInstance instance, String path, String json) {
        send(HttpRequest.newBuilder(probe(instance, path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** An endpoint of the probe inside the instance's WAR. */
    public static URI probe(MicroInstance instance, String path) {
        return URI.create("http://localhost:" + instance.httpPort() + "/cryopath/" + MicroProbeApplication.PATH + "/"
                + path);
    }

    /** Sends the request; an answer of 300 or more fails the test. */
    public static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.timeout(Duration.ofMinutes(2)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new AssertionError(response.uri() + " answered " + response.statusCode() + ": " + response.body());
            }
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A GET that may fail: null when nothing answers. */
    public static HttpResponse<String> sendQuietly(URI uri) {
        try {
            return HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The instance's log so far. */
    public static String log(MicroInstance instance) throws IOException {
        return Files.readString(instance.log(), StandardCharsets.ISO_8859_1);
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
