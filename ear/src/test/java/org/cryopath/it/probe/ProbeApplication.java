package org.cryopath.it.probe;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * A test-only web module deployed beside CryoPath's own modules in the real EAR. It lets a test drive the
 * application services inside the server (commit or roll back a registration, run the dispatcher now) and read
 * what was stored, while the test itself stays outside, like a user, watching the SMTP server.
 */
@ApplicationPath("/")
public class ProbeApplication extends Application {
}
