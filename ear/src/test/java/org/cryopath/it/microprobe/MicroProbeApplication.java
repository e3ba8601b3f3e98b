package org.cryopath.it.microprobe;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;
import org.cryopath.it.probe.BenchProbe;
import org.cryopath.it.probe.BookingBenchProbe;
import org.cryopath.it.probe.BookingProbe;
import org.cryopath.it.probe.DatabaseProbe;
import org.cryopath.it.probe.EscortProbe;
import org.cryopath.it.probe.OutboxProbe;
import org.cryopath.it.probe.PathwayProbe;
import org.cryopath.it.probe.ReferralProbe;
import org.cryopath.it.probe.StaffProbe;

/**
 * The test probe inside the Micro WAR, at {@code /cryopath/it-probe}: Payara Micro deploys no EAR, and a second WAR
 * would be a second application that cannot reach CryoPath's beans. Its resources are listed, so the API's own
 * providers stay out of it (and the probe's {@code ProbeApplication}, mapped to {@code /}, stays out of the WAR).
 */
@ApplicationPath(MicroProbeApplication.PATH)
public class MicroProbeApplication extends Application {

    public static final String PATH = "it-probe";

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(OutboxProbe.class, PathwayProbe.class, BookingProbe.class, BenchProbe.class,
                BookingBenchProbe.class, DatabaseProbe.class, EscortProbe.class, ReferralProbe.class, StaffProbe.class);
    }
}
