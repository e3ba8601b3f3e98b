package org.cryopath.domain.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database schema to the version this build expects, with the versioned migrations of its product under
 * {@code db/migration/<derby|postgresql>}. The persistence unit never creates or drops tables: the schema is owned
 * here.
 *
 * <p>What it refuses, each with a {@link DatabaseRefused} that names the key to fix: a database it cannot reach or
 * sign in to, a product it has no migrations for, and a schema already at a version newer than this build knows
 * (Flyway would pass over such "future" migrations quietly, and this build would then run on tables it does not
 * know).
 */
public final class SchemaMigrations {

    private static final Logger LOG = Logger.getLogger(SchemaMigrations.class.getName());

    private SchemaMigrations() {
    }

    /** Applies the pending migrations and returns the schema version now in place. */
    public static String migrate(DataSource dataSource) {
        return upgrade(dataSource).version();
    }

    /**
     * Applies the pending migrations; returns the product, the schema version now in place and the versions this
     * build carries, against which {@link MigratedSchema#stateIn} later tells whether the schema is still right.
     */
    public static MigratedSchema upgrade(DataSource dataSource) {
        DatabaseProduct product = productOf(dataSource);
        Flyway flyway = flyway(dataSource, product);
        MigrationInfoService before;
        MigrateResult result;
        try {
            before = flyway.info();
            refuseNewerSchema(before);
            result = flyway.migrate();
        } catch (FlywayException e) {
            throw new DatabaseRefused("cryopath.jdbc.url", "holds a schema this CryoPath cannot migrate: "
                    + oneLine(e.getMessage()));
        }
        String version = result.migrationsExecuted > 0 || before.current() == null
                ? result.targetSchemaVersion : before.current().getVersion().getVersion();
        LOG.info(() -> product.displayName() + " schema at version " + version + " (" + result.migrationsExecuted
                + " migrations applied now)");
        List<String> known = Arrays.stream(before.all())
                .filter(migration -> migration.getState().isResolved() && migration.getVersion() != null)
                .map(migration -> migration.getVersion().getVersion())
                .toList();
        return new MigratedSchema(product, version, known);
    }

    /**
     * Refuses a database this build cannot use, without changing it: one it cannot reach or sign in to, a product
     * it has no migrations for, a schema newer than this build.
     */
    public static DatabaseProduct check(DataSource dataSource) {
        DatabaseProduct product = productOf(dataSource);
        try {
            refuseNewerSchema(flyway(dataSource, product).info());
        } catch (FlywayException e) {
            throw new DatabaseRefused("cryopath.jdbc.url", "holds a schema this CryoPath cannot read: "
                    + oneLine(e.getMessage()));
        }
        return product;
    }

    /** The product behind the data source; a connection that fails is refused with the key to fix. */
    public static DatabaseProduct productOf(DataSource dataSource) {
        return DatabaseProduct.of(dataSource);
    }

    /**
     * Says which key to fix for a connection that failed, by its SQL state: a URL no driver takes or that reaches no
     * database names {@code cryopath.jdbc.url}; a refused login names the user and password. The driver's message
     * goes along (PostgreSQL's and Derby's never include the password).
     */
    public static DatabaseRefused refusal(SQLException failure) {
        String state = Objects.requireNonNullElse(failure.getSQLState(), "");
        String detail = " (" + (state.isEmpty() ? "" : state + ": ") + firstLine(failure.getMessage()) + ")";
        if (state.startsWith("28") || "08004".equals(state)) {
            return new DatabaseRefused("cryopath.jdbc.user / cryopath.jdbc.password",
                    "were refused by the database" + detail);
        }
        if (JdbcUrlDataSource.NO_DRIVER.equals(state)) {
            return new DatabaseRefused("cryopath.jdbc.url", "is taken by no JDBC driver CryoPath has" + detail);
        }
        if ("3D000".equals(state) || "XJ004".equals(state)) {
            return new DatabaseRefused("cryopath.jdbc.url", "names a database that does not exist" + detail);
        }
        return new DatabaseRefused("cryopath.jdbc.url", "reaches no database" + detail);
    }

    private static Flyway flyway(DataSource dataSource, DatabaseProduct product) {
        return Flyway.configure(SchemaMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations(product.migrationLocation())
                .failOnMissingLocations(true)
                .load();
    }

    private static void refuseNewerSchema(MigrationInfoService info) {
        if (isNewer(info)) {
            throw new DatabaseRefused("cryopath.jdbc.url", "names a database whose schema is at version "
                    + info.current().getVersion() + ", newer than this CryoPath knows (version "
                    + latestKnown(info) + "): deploy the CryoPath release that upgraded it, or point "
                    + "cryopath.jdbc.url at this release's database");
        }
    }

    private static boolean isNewer(MigrationInfoService info) {
        return Arrays.stream(info.all()).anyMatch(migration -> migration.getState() == MigrationState.FUTURE_SUCCESS
                || migration.getState() == MigrationState.FUTURE_FAILED);
    }

    private static MigrationVersion latestKnown(MigrationInfoService info) {
        return Arrays.stream(info.all())
                .filter(migration -> migration.getState().isResolved() && migration.getVersion() != null)
                .map(MigrationInfo::getVersion)
                .max(Comparator.naturalOrder())
                .orElse(MigrationVersion.EMPTY);
    }

    /** Flyway's multi-line report (separator lines, aligned fields) as one line. */
    private static String oneLine(String message) {
        if (message == null) {
            return "no message";
        }
        return message.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.matches("-+"))
                .map(line -> line.replaceAll("\\s{2,}", " ")).collect(Collectors.joining("; "));
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no message";
        }
        int end = message.indexOf('\n');
        return (end < 0 ? message : message.substring(0, end)).strip();
    }

    /**
     * The schema as this build left it at start-up: its product, its version, and every migration version this
     * build carries.
     */
    public record MigratedSchema(DatabaseProduct product, String version, List<String> knownVersions) {

        public MigratedSchema {
            knownVersions = List.copyOf(knownVersions);
        }

        /**
         * Where the schema stands now against this build's migrations, read from Flyway's history table in one
         * query (no Flyway run, which would log a line at every call): what readiness reports.
         */
        public SchemaState stateIn(DataSource dataSource) throws SQLException {
            Set<MigrationVersion> applied = new HashSet<>();
            boolean failed = false;
            try (Connection connection = dataSource.getConnection();
                    Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT \"version\", \"success\" "
                            + "FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL")) {
                while (rows.next()) {
                    if (rows.getBoolean(2)) {
                        applied.add(MigrationVersion.fromVersion(rows.getString(1)));
                    } else {
                        failed = true;
                    }
                }
            }
            Set<MigrationVersion> known = new HashSet<>();
            knownVersions.forEach(version -> known.add(MigrationVersion.fromVersion(version)));
            MigrationVersion latest = known.stream().max(Comparator.naturalOrder()).orElse(MigrationVersion.EMPTY);
            MigrationVersion current = applied.stream().max(Comparator.naturalOrder()).orElse(MigrationVersion.EMPTY);
            int pending = (int) known.stream().filter(version -> !applied.contains(version)).count();
            return new SchemaState(product, current.getVersion(), latest.getVersion(), pending, failed,
                    current.compareTo(latest) > 0);
        }
    }

    /**
     * The schema against this build: its version, the newest migration this build carries, how many of those are
     * not applied, whether one failed, and whether the schema is newer than this build.
     */
    public record SchemaState(DatabaseProduct product, String currentVersion, String expectedVersion, int pending,
            boolean failed, boolean newer) {

        /** Ready to serve: every migration this build carries is applied, none failed, none unknown to it. */
        public boolean upToDate() {
            return pending == 0 && !failed && !newer;
        }
    }
}
