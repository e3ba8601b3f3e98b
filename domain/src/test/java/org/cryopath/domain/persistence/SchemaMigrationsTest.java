package org.cryopath.domain.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.cryopath.domain.persistence.SchemaMigrations.MigratedSchema;
import org.cryopath.domain.persistence.SchemaMigrations.SchemaState;
import org.junit.jupiter.api.Test;

/**
 * The schema's gatekeeping on a real (in-memory) Derby: what readiness reads of the migration history, the refusal of
 * a schema from a newer build, and which key each kind of failed connection names.
 */
class SchemaMigrationsTest {

    @Test
    void aFreshDatabaseIsMigratedToTheNewestVersionAndReadsAsUpToDate() throws SQLException {
        EmbeddedDataSource database = freshDerby();

        MigratedSchema schema = SchemaMigrations.upgrade(database);
        SchemaState state = schema.stateIn(database);

        assertThat(schema.product()).isEqualTo(DatabaseProduct.DERBY);
        assertThat(schema.knownVersions()).contains("1", schema.version());
        assertThat(state.upToDate()).isTrue();
        assertThat(state.currentVersion()).isEqualTo(state.expectedVersion()).isEqualTo(schema.version());
        assertThat(SchemaMigrations.migrate(database)).as("nothing left to apply").isEqualTo(schema.version());
    }

    @Test
    void aMigrationMissingFromTheHistoryReadsAsPending() throws SQLException {
        EmbeddedDataSource database = freshDerby();
        MigratedSchema schema = SchemaMigrations.upgrade(database);

        execute(database, "UPDATE \"flyway_schema_history\" SET \"version\" = '0." + schema.version()
                + "' WHERE \"version\" = '" + schema.version() + "'");
        SchemaState state = schema.stateIn(database);

        assertThat(state.pending()).isEqualTo(1);
        assertThat(state.newer()).isFalse();
        assertThat(state.upToDate()).isFalse();
    }

    @Test
    void aSchemaFromANewerBuildIsRefusedAndNeverMigrated() throws SQLException {
        EmbeddedDataSource database = freshDerby();
        MigratedSchema schema = SchemaMigrations.upgrade(database);
        execute(database, "INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", "
                + "\"type\", \"script\", \"checksum\", \"installed_by\", \"installed_on\", \"execution_time\", "
                + "\"success\") VALUES (999, '999', 'newer', 'SQL', 'V999__newer.sql', 0, 'test', CURRENT_TIMESTAMP, 0, TRUE)");

        assertThat(schema.stateIn(database).newer()).isTrue();
        assertThatThrownBy(() -> SchemaMigrations.migrate(database))
                .isInstanceOf(DatabaseRefused.class)
                .hasMessageContaining("cryopath.jdbc.url names a database whose schema is at version 999, newer than "
                        + "this CryoPath knows (version " + schema.version() + ")");
        assertThatThrownBy(() -> SchemaMigrations.check(database)).isInstanceOf(DatabaseRefused.class);
    }

    @Test
    void aFailedConnectionNamesTheKeyToFixBySqlState() {
        assertThat(SchemaMigrations.refusal(new SQLException("FATAL: password authentication failed for user \"x\"",
                "28P01")).getMessage())
                .isEqualTo("CryoPath refuses to start: cryopath.jdbc.user / cryopath.jdbc.password were refused by the "
                        + "database (28P01: FATAL: password authentication failed for user \"x\")");
        assertThat(SchemaMigrations.refusal(new SQLException("Connection authentication failure", "08004")).key())
                .isEqualTo("cryopath.jdbc.user / cryopath.jdbc.password");
        assertThat(SchemaMigrations.refusal(new SQLException("No JDBC driver", JdbcUrlDataSource.NO_DRIVER)).getMessage())
                .contains("cryopath.jdbc.url is taken by no JDBC driver");
        assertThat(SchemaMigrations.refusal(new SQLException("FATAL: database \"x\" does not exist", "3D000")).getMessage())
                .contains("cryopath.jdbc.url names a database that does not exist");
        assertThat(SchemaMigrations.refusal(new SQLException("Connection to db:5432 refused.\nCheck...", "08001")).getMessage())
                .isEqualTo("CryoPath refuses to start: cryopath.jdbc.url reaches no database (08001: Connection to "
                        + "db:5432 refused.)");
    }

    @Test
    void aUrlNoDriverTakesIsRefusedWithoutEchoingIt() {
        JdbcUrlDataSource nowhere = new JdbcUrlDataSource();
        nowhere.setUrl("jdbc:mysql://db.clinic.example/cryopath?password=secret");

        assertThatThrownBy(() -> SchemaMigrations.productOf(nowhere))
                .isInstanceOf(DatabaseRefused.class)
                .hasMessageContaining("cryopath.jdbc.url is taken by no JDBC driver")
                .hasMessageContaining("jdbc:mysql...")
                .hasMessageNotContaining("secret");
    }

    private static EmbeddedDataSource freshDerby() {
        EmbeddedDataSource database = new EmbeddedDataSource();
        database.setDatabaseName("memory:migrations-" + UUID.randomUUID());
        database.setCreateDatabase("create");
        return database;
    }

    private static void execute(EmbeddedDataSource database, String sql) throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }
}
