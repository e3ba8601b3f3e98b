package org.cryopath.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The build's throw-away PostgreSQL cluster, which the PostgreSQL run of the integration tests uses: a test can take
 * it down (a fast shutdown, as a restart or a failover does: sessions cut, committed work kept) and start it again.
 */
public final class TestPostgresql {

    private TestPostgresql() {
    }

    public static void down() {
        cluster("down");
    }

    public static void up() {
        cluster("up");
    }

    public static int port() {
        return Integer.getInteger("it.postgresql.port", 28032);
    }

    private static void cluster(String command) {
        List<String> arguments = List.of("bash", System.getProperty("it.postgresql.cluster"), command,
                System.getProperty("it.postgresql.dir"));
        try {
            Process process = new ProcessBuilder(arguments).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException("cluster.sh " + command + " failed: " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
