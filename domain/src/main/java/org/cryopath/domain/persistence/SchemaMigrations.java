package org.cryopath.domain.persistence;

import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database schema to the version this build expects, with the versioned migrations under
 * {@code db/migration/<database>}. The persistence unit never creates or drops tables: the schema is owned here.
 */
public final class SchemaMigrations {

    private static final Logger LOG = Logger.getLogger(SchemaMigrations.class.getName());

    private SchemaMigrations() {
    }

    /** Applies the pending migrations and returns the schema version now in place. */
    public static String migrate(DataSource dataSource) {
        String location = "classpath:db/migration/" + DatabaseProduct.of(dataSource).migrationFolder();
        MigrateResult result = Flyway.configure(SchemaMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations(location)
                .failOnMissingLocations(true)
                .load()
                .migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + " ("
                + result.migrationsExecuted + " migrations applied now)");
        return result.targetSchemaVersion;
    }
}
