package org.cryopath.it.support;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.cryopath.it.microprobe.MicroProbeApplication;

/** Where the test server answers, and how a test restarts it. */
public final class Server {

    private Server() {
    }

    /** Set by {@link #onInstance} for the calls of one thread. */
    private static final ThreadLocal<Integer> INSTANCE_PORT = new ThreadLocal<>();

    public static int httpPort() {
        Integer instance = INSTANCE_PORT.get();
        return instance != null ? instance : Integer.getInteger("it.httpPort", 28080);
    }

    /**
     * Makes {@code call}'s requests (pages, API, probe) go to the instance answering on {@code port} instead of the test
     * server, in this thread only: for the tests that run several instances of the Micro WAR.
     */
    public static <T> T onInstance(int port, Supplier<T> call) {
        Integer before = INSTANCE_PORT.get();
        INSTANCE_PORT.set(port);
        try {
            return call.get();
        } finally {
            if (before == null) {
                INSTANCE_PORT.remove();
            } else {
                INSTANCE_PORT.set(before);
            }
        }
    }

    /** A page or resource of the CryoPath web module, e.g. {@code referral/list.xhtml}. */
    public static URI cryopath(String path) {
        return URI.create("http://localhost:" + httpPort() + "/cryopath/" + path);
    }

    /** The page behind the acknowledgement link of email E2 (without its token). */
    public static URI linkPage() {
        return cryopath("link/preparation.xhtml");
    }

    /** An endpoint of the test probe, e.g. {@code outbox/dispatch}. */
    public static URI probe(String path) {
        // In the Micro edition the probe lives inside the CryoPath WAR (see CryoPathDeployment)
        String root = CryoPathDeployment.onMicro() ? "cryopath/" + MicroProbeApplication.PATH : CryoPathDeployment.PROBE_CONTEXT;
        return URI.create("http://localhost:" + httpPort() + "/" + root + "/" + path);
    }

    /**
     * Kills the test server's JVM at once, as a crash or a power cut would (no shutdown, no chance to finish a
     * batch), then starts the domain again with the same configuration (the server inherits this JVM's
     * environment, where failsafe put the CRYOPATH_* settings) and waits until the deployed application answers.
     */
    public static void crashAndRestart(Duration startTimeout) {
        KeepDeployed.redeployNext();
        asadmin("stop-domain", "--kill=true", System.getProperty("it.domain", "cryopath-it"));
        asadmin("start-domain", System.getProperty("it.domain", "cryopath-it"));
        awaitProbe(startTimeout);
    }

    /** Stops the test server (a normal shutdown). */
    public static void stop() {
        asadmin(Map.of(), "stop-domain", System.getProperty("it.domain", "cryopath-it"));
    }

    /**
     * Starts the test server with this JVM's environment (CryoPath's test configuration) changed by {@code settings},
     * as IT would set CRYOPATH_* variables before starting a server. The deployed application loads in the
     * background after this returns.
     */
    public static void startWith(Map<String, String> settings) {
        KeepDeployed.redeployNext();
        asadmin(settings, "start-domain", System.getProperty("it.domain", "cryopath-it"));
    }

    /** Waits until the deployed application answers again (after {@link #startWith} with good settings). */
    public static void awaitApplication(Duration timeout) {
        awaitProbe(timeout);
    }

    /** The server log, from byte {@code offset} on (see {@link #logSize}); all of it after a rotation. */
    public static String logSince(long offset) {
        try (RandomAccessFile log = new RandomAccessFile(logFile().toFile(), "r")) {
            log.seek(log.length() < offset ? 0 : offset);
            byte[] rest = new byte[(int) (log.length() - log.getFilePointer())];
            log.readFully(rest);
            return new String(rest, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static long logSize() {
        return logFile().toFile().length();
    }

    private static Path logFile() {
        return Path.of(System.getProperty("it.serverLog"));
    }

    private static void asadmin(String... arguments) {
        asadmin(Map.of(), arguments);
    }

    private static void asadmin(Map<String, String> environment, String... arguments) {
        Path asadmin = Path.of(System.getProperty("payara.home", "target/payara6"), "bin", "asadmin");
        List<String> command = new java.util.ArrayList<>(List.of(asadmin.toString(), "--port",
                System.getProperty("it.adminPort", "28048")));
        command.addAll(List.of(arguments));
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().putAll(environment);
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException("asadmin " + String.join(" ", arguments) + " failed: " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void awaitProbe(Duration timeout) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(probe("outbox/topic/counts?topic=none"))
                        .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not up yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("The test server did not come back within " + timeout);
    }
}
