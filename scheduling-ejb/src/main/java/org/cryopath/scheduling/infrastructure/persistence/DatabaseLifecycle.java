package org.cryopath.scheduling.infrastructure.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.SQLException;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.cryopath.domain.persistence.ConfiguredDatabase;
import org.cryopath.domain.persistence.Database;
import org.cryopath.domain.persistence.DatabaseProduct;
import org.cryopath.domain.persistence.DatabaseRefused;
import org.cryopath.domain.persistence.JdbcUrlDataSource;
import org.cryopath.domain.persistence.SchemaMigrations;
import org.cryopath.domain.persistence.SchemaMigrations.MigratedSchema;
import org.cryopath.domain.persistence.SchemaMigrations.SchemaState;
import org.cryopath.scheduling.infrastructure.cluster.DataGrid;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Defines the application's database, brings its schema up to date before anything else runs, tells readiness
 * where the schema stands, and closes an embedded Derby cleanly on undeploy (otherwise Derby keeps its lock files
 * and the next deployment cannot boot the database).
 *
 * <p>A database that cannot be used stops the start: a URL that reaches nothing, a refused login, a product
 * CryoPath has no migrations for, a schema written by a newer CryoPath. The application then refuses to start
 * with one log line naming the key to fix ({@link DatabaseRefused}), before any other module runs (on a first
 * deployment, EclipseLink's session customizer {@code DatabaseGate} says it even earlier). The checks and the
 * migrations use a connection of their own ({@link ConfiguredDatabase}), opened from the same {@code cryopath.jdbc.*}
 * values as the pool, so the driver's own verdict (its SQL state) reaches that line unwrapped by the pool.
 *
 * <p>The pool checks each connection ({@code Connection.isValid}) before handing it out and, on a broken one,
 * drops them all and opens new ones: after a database restart the first request finds fresh connections.
 *
 * <p>Every attribute of the data source comes from MicroProfile Config ({@code cryopath.jdbc.*}), expanded by
 * Payara when the application deploys. At that moment only server-level configuration is visible (system
 * properties, environment variables, {@code asadmin set-config-property}), so the defaults are written in code
 * ({@link ConfiguredDatabase}): an embedded Derby file database under the domain's {@code config} folder (Payara's
 * working directory). The EAR lists this module first and initialises modules in order, so the schema is in place
 * before the notifications module starts its dispatcher.
 */
@DataSourceDefinition(
        name = Database.DATA_SOURCE,
        className = "org.cryopath.domain.persistence.JdbcUrlDataSource",
        url = "${MPCONFIG=cryopath.jdbc.url:" + DatabaseLifecycle.DEFAULT_URL + "}",
        user = "${MPCONFIG=cryopath.jdbc.user:" + ConfiguredDatabase.DEFAULT_USER + "}",
        password = "${MPCONFIG=cryopath.jdbc.password:" + ConfiguredDatabase.DEFAULT_PASSWORD + "}",
        minPoolSize = 2,
        maxPoolSize = 32,
        initialPoolSize = 2,
        maxIdleTime = 300,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            // meta-data validation never talks to PostgreSQL, so it passes connections a restart has cut
            "fish.payara.connection-validation-method=custom-validation",
            "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
            "fish.payara.fail-all-connections=true"
        })
@Singleton
@Startup
@Lock(LockType.READ)
public class DatabaseLifecycle {

    static final String DEFAULT_URL = ConfiguredDatabase.DEFAULT_URL;

    private static final Logger LOG = Logger.getLogger(DatabaseLifecycle.class.getName());
    private static final ClassLoader CLASS_LOADER = DatabaseLifecycle.class.getClassLoader();

    @Resource(lookup = Database.DATA_SOURCE)
    DataSource dataSource;

    private MigratedSchema schema;

    /** Flyway commits each migration itself: no container transaction around it. */
    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void migrate() {
        try {
            JdbcUrlDataSource database = ConfiguredDatabase.of(ConfigProvider.getConfig(CLASS_LOADER));
            refuseEmbeddedDerbyInACluster(database.getUrl());
            schema = SchemaMigrations.upgrade(database);
        } catch (DatabaseRefused refused) {
            LOG.severe(refused.getMessage());
            throw refused;
        }
    }

    /**
     * Several instances share their work through one database; an embedded Derby belongs to one instance alone, so
     * an instance that has joined other instances in Payara's data grid refuses one. (The first instance of a
     * cluster, alone when it starts, cannot tell; the next one refuses.)
     */
    private static void refuseEmbeddedDerbyInACluster(String url) {
        if (url.startsWith("jdbc:derby:") && !url.startsWith("jdbc:derby://")) {
            int members = DataGrid.members();
            if (members > 1) {
                throw new DatabaseRefused("cryopath.jdbc.url", "points at an embedded Derby database, which one "
                        + "instance alone can use, and this instance is clustered with " + (members - 1)
                        + " other(s) in Payara's data grid: point every instance at the same PostgreSQL database");
            }
        }
    }

    /** The database product in use (known once the schema is migrated). */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    @PermitAll
    public DatabaseProduct product() {
        return schema.product();
    }

    /**
     * Where the schema stands now, through the pool: fails when the database cannot be reached. Readiness asks,
     * without a signed-in user; the answer is versions and counts.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    @PermitAll
    public SchemaState schemaState() throws SQLException {
        return schema.stateIn(dataSource);
    }

    @PreDestroy
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void shutDownEmbeddedDerby() {
        String url = ConfigProvider.getConfig().getOptionalValue("cryopath.jdbc.url", String.class).orElse(DEFAULT_URL);
        if (!url.startsWith("jdbc:derby:") || url.startsWith("jdbc:derby://")) {
            return;
        }
        try {
            JdbcUrlDataSource.connect("jdbc:derby:;shutdown=true", new Properties()).close();
        } catch (SQLException e) {
            // Derby reports a clean engine shutdown as SQL state XJ015.
            if ("XJ015".equals(e.getSQLState())) {
                LOG.info("Embedded Derby shut down cleanly");
            } else {
                LOG.warning(() -> "Embedded Derby did not shut down cleanly: " + e.getSQLState() + " " + e.getMessage());
            }
        }
    }
}
