package org.cryopath.it.support;

import jakarta.json.JsonObject;

/**
 * What the server did over a stretch of a benchmark: the wall time, the CPU time of its whole process (requests,
 * Derby, the outbox, the garbage collector, the JIT compiler) and the time its JIT compiler spent compiling (summed
 * over its threads; read from {@code BookingBenchProbe}). A request's CPU moves much less between identical runs than
 * its latency on a machine shared with others, and the JIT's time says whether the timed requests met a server still
 * compiling: on two cores, a compiler thread at work takes a core's half from the requests.
 */
public record ServerWork(long wallMillis, long cpuMillis, long jitMillis) {

    /** The server's counters now (the wall time is this JVM's clock, for differences only). */
    public static ServerWork now() {
        JsonObject server = Probe.get("booking-bench/cpu").object();
        return new ServerWork(System.nanoTime() / 1_000_000L, server.getJsonNumber("millis").longValue(),
                server.getJsonNumber("jitMillis").longValue());
    }

    /** What was done from {@code start} to this. */
    public ServerWork since(ServerWork start) {
        return new ServerWork(wallMillis - start.wallMillis, cpuMillis - start.cpuMillis, jitMillis - start.jitMillis);
    }

    /** Whether the JIT compiler spent less than a tenth of the stretch's wall time compiling: the server is warm. */
    public boolean warm() {
        return jitMillis < wallMillis / 10;
    }
}
