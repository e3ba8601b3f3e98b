package org.cryopath.it.support;

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

    private static long sizeOf(Path path) {
        try {
            return Files.exists(path) ? Files.size(path) : 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
