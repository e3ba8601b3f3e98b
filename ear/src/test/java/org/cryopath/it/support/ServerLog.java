package org.cryopath.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/** The test server's log from a given moment on: what a test's requests made the server write. */
public final class ServerLog {

    private static final Pattern STACK_FRAME = Pattern.compile("(?m)^\\s+at [\\w$.]+\\(");

    /** A retried request's line naming a deadlock or a lock wait timeout (Derby's and PostgreSQL's SQL states). */
    private static final Pattern LOCK_WAIT_RETRY = Pattern.compile(
            "[^\\n]*concurrent change \\(SQL state (40001|40P01|40XL1|40XL2|55P03)\\)[^\\n]*");

    private final Path file = Path.of(System.getProperty("it.serverLog", "target/server.log"));
    private final long offset;

    private ServerLog(long offset) {
        this.offset = offset;
    }

    /** Marks the log's end now; {@link #written()} is what follows. */
    public static ServerLog fromNow() {
        return new ServerLog(sizeOf(Path.of(System.getProperty("it.serverLog", "target/server.log"))));
    }

    /** What the server wrote since the mark (the whole file if it was rotated meanwhile). */
    public String written() {
        try {
            byte[] all = Files.readAllBytes(file);
            int from = all.length >= offset ? (int) offset : 0;
            return new String(all, from, all.length - from, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lines of stack traces written since the mark. */
    public List<String> stackFrames() {
        return STACK_FRAME.matcher(written()).results().map(match -> match.group().strip()).toList();
    }

    /**
     * What a test of requests at once asks of the log since {@link #fromNow()}: no deadlock or lock wait (reported,
     * or hidden behind a retry that succeeded) and no stack trace.
     */
    public void assertNoLockTroubleNorStackTrace() {
        assertThat(written()).doesNotContain("deadlock", "Deadlock", "A lock could not be obtained");
        assertThat(stackFrames()).isEmpty();
        assertThat(lockWaitRetries()).isEmpty();
    }

    /**
     * The requests written since the mark that were tried again after a deadlock or a lock wait timeout: a read inside
     * a write transaction that waited on another transaction's rows, which the retry hid (EclipseLink's own report of
     * it is quieted). A version conflict between two changes of one record is not one of these.
     */
    public List<String> lockWaitRetries() {
        return LOCK_WAIT_RETRY.matcher(written()).results().map(match -> match.group().strip()).toList();
    }

    private static long sizeOf(Path path) {
        try {
            return Files.exists(path) ? Files.size(path) : 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
