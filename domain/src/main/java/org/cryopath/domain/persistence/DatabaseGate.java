package org.cryopath.domain.persistence;

import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.Session;

/**
 * Checks the configured database before EclipseLink first connects to it (registered in persistence.xml as the
 * session customizer, which EclipseLink runs before its login). When IT deploys the EAR, Payara has EclipseLink
 * connect while it prepares the application, before any of CryoPath's own code runs; without this gate a wrong URL
 * or a refused login would first surface there, as the pool's warnings and EclipseLink's stack traces. With it, the
 * application refuses to start with the one line of {@link DatabaseRefused}.
 *
 * <p>It checks what can be known without changing anything: the database answers, takes the login, is a product
 * CryoPath has migrations for, and holds no schema newer than this build. Migrating is left to the application's
 * start ({@code DatabaseLifecycle}).
 */
public class DatabaseGate implements SessionCustomizer {

    private static final Logger LOG = Logger.getLogger(DatabaseGate.class.getName());

    @Override
    public void customize(Session session) {
        Optional<Config> config = serverConfig();
        if (config.isEmpty()) {
            // Outside a server (the mapping tests): whoever created the factory handed EclipseLink a database it
            // migrated itself; there is no configuration to check.
            return;
        }
        try {
            SchemaMigrations.check(ConfiguredDatabase.of(config.get()));
        } catch (DatabaseRefused refused) {
            LOG.severe(refused.getMessage());
            throw refused;
        }
    }

    private static Optional<Config> serverConfig() {
        try {
            return Optional.of(ConfigProvider.getConfig(DatabaseGate.class.getClassLoader()));
        } catch (IllegalStateException noConfigImplementation) {
            return Optional.empty();
        }
    }
}
