package org.cryopath.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Logger;

/**
 * One Payara Micro process running a WAR, as IT starts one: {@code java -jar payara-micro.jar --deploy cryopath.war
 * ...}, with CryoPath's configuration in its environment (this JVM's, where failsafe put the test settings, changed by
 * {@link Options#environment}). Its output, the server log, goes to a file, never to a pipe nobody reads.
 */
public final class MicroInstance {

    private static final Logger LOG = Logger.getLogger(MicroInstance.class.getName());

    private final Options options;
    private final Process process;

    /**
     * How to start an instance. {@code arguments} come after the common ones: e.g. {@code --nocluster}, or the
     * clustering options of a second instance.
     */
    public record Options(Path microJar, Path war, Path workDir, Path log, Path preBootCommands, int httpPort,
            int httpsPort, List<String> javaOptions, List<String> arguments, Map<String, String> environment) {
    }

    private MicroInstance(Options options, Process process) {
        this.options = options;
        this.process = process;
    }

    public static MicroInstance start(Options options) {
        try {
            Files.createDirectories(options.workDir());
            Files.createDirectories(options.log().getParent());
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(options.javaOptions());
            command.addAll(List.of("-jar", options.microJar().toString(),
                    "--deploy", options.war().toString(),
                    "--port", String.valueOf(options.httpPort()),
                    "--sslport", String.valueOf(options.httpsPort()),
                    "--disablephonehome",
                    "--rootdir", options.workDir().resolve("root").toString()));
            if (options.preBootCommands() != null) {
                command.addAll(List.of("--prebootcommandfile", options.preBootCommands().toString()));
            }
            command.addAll(options.arguments());
            LOG.info(() -> "Starting " + String.join(" ", command));
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(options.log().toFile()));
            builder.environment().putAll(options.environment());
            return new MicroInstance(options, builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("Payara Micro did not start", e);
        }
    }

    /** Waits until the application's login page answers (Payara Micro opens its port before it deploys). */
    public void awaitApplication(String contextRoot, Duration timeout) {
        // HTTP/1.1: a plain http:// request of the default client offers an h2c upgrade, and one such request to an
        // instance still starting never returned, its timeout notwithstanding (JDK 17)
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).build();
        URI page = URI.create("http://localhost:" + options.httpPort() + "/" + contextRoot + "/login.xhtml");
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro stopped while starting (exit " + process.exitValue()
                        + "); see " + options.log());
            }
            try {
                HttpResponse<Void> response = http.sendAsync(HttpRequest.newBuilder(page).timeout(Duration.ofSeconds(5))
                        .GET().build(), HttpResponse.BodyHandlers.discarding()).get(10, TimeUnit.SECONDS);
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (ExecutionException | TimeoutException notYet) {
                // the port is not open yet, or the application not deployed yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while Payara Micro started", e);
            }
            pause(Duration.ofSeconds(1));
        }
        throw new IllegalStateException("Payara Micro did not answer " + page + " within " + timeout + "; see "
                + options.log());
    }

    public int httpPort() {
        return options.httpPort();
    }

    public Path log() {
        return options.log();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** A normal shutdown (SIGTERM), then SIGKILL if it takes longer than a minute. */
    public void stop() {
        process.destroy();
        awaitExit(Duration.ofSeconds(60));
    }

    /** SIGKILL: the JVM dies at once, as in a crash or a power cut, with no chance to finish anything. */
    public void kill() {
        process.destroyForcibly();
        awaitExit(Duration.ofSeconds(30));
    }

    private void awaitExit(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
