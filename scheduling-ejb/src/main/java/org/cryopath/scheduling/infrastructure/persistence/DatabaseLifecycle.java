package org.cryopath.scheduling.infrastructure.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.SQLException;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.cryopath.domain.persistence.JdbcUrlDataSource;
import org.cryopath.domain.persistence.SchemaMigrations;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Defines the application's database, brings its schema up to date before anything else runs, and closes an
 * embedded Derby cleanly on undeploy (otherwise Derby keeps its lock files and the next deployment cannot boot
 * the database).
 *
 * <p>Every attribute of the data source comes from MicroProfile Config ({@code cryopath.jdbc.*}), expanded by
 * Payara when the application deploys. At that moment only server-level configuration is visible (system
 * properties, environment variables, {@code asadmin set-config-property}), so the defaults are written here: an
 * embedded Derby file database under the domain's {@code config} folder (Payara's working directory). The EAR lists this module first and initialises modules in order, so
 * the schema is in place before the notifications module starts its dispatcher.
 */
@DataSourceDefinition(
        name = DatabaseLifecycle.DATA_SOURCE,
        className = "org.cryopath.domain.persistence.JdbcUrlDataSource",
        url = "${MPCONFIG=cryopath.jdbc.url:" + DatabaseLifecycle.DEFAULT_URL + "}",
        user = "${MPCONFIG=cryopath.jdbc.user:cryopath}",
        password = "${MPCONFIG=cryopath.jdbc.password:cryopath}",
        minPoolSize = 2,
        maxPoolSize = 32,
        initialPoolSize = 2,
        maxIdleTime = 300,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=meta-data",
            "fish.payara.fail-all-connections=true"
        })
@Singleton
@Startup
public class DatabaseLifecycle {

    public static final String DATA_SOURCE = "java:app/jdbc/cryopath";
    /** Relative to the server's working directory, which for Payara is the domain's config folder. */
    static final String DEFAULT_URL = "jdbc:derby:cryopath-data/derby;create=true";

    private static final Logger LOG = Logger.getLogger(DatabaseLifecycle.class.getName());

    @Resource(lookup = DATA_SOURCE)
    DataSource dataSource;

    /** Flyway commits each migration itself: no container transaction around it. */
    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void migrate() {
        SchemaMigrations.migrate(dataSource);
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
