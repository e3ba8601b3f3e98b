package org.cryopath.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a benchmark reports: its {@code BENCH <name> key=value ...} line goes to the console and to
 * {@code target/bench/<name>.txt}, which the bench profile prints at the end of the build, one line per benchmark.
 */
public final class Bench {

    private Bench() {
    }

    public static void report(String name, String line) {
        Path file = Path.of(System.getProperty("bench.dir", "target/bench"), name + ".txt");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, line + System.lineSeparator(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.println(line);
    }
}
