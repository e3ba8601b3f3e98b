package org.cryopath.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.cryopath.domain.persistence.JdbcUrlDataSource;
import org.cryopath.it.support.CryoPathDeployment;
import org.cryopath.it.support.Operations;
import org.cryopath.it.support.Server;
import org.cryopath.it.support.TestPostgresql;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A database CryoPath cannot use stops it from starting, with one clear line in the server log that names the key to
 * fix, and nothing of it serving: IT sets the database's settings (here, as CRYOPATH_* variables of the server
 * process, as README says) and starts the server with CryoPath deployed. Each bad setting gets its own start; the
 * last start puts the test settings back (and the schema as it was).
 *
 * <p>On Derby: a URL no driver takes, and a schema a newer CryoPath wrote (a history row from the future, added while
 * the server is down). On PostgreSQL: a refused login, a database that does not answer, and the newer schema.
 */
@ExtendWith(ArquillianExtension.class)
class StartupRefusalIT {

    private static final Duration START = Duration.ofMinutes(4);
    private static final String WRONG_PASSWORD = "not-the-password-2026";
    private static final Pattern REFUSAL = Pattern.compile("\\[(org\\.cryopath\\.[\\w.]+)\\] [^\\n]*\\n\\s*(CryoPath refuses to start: [^\\n]*?)(?:\\]\\])?\\n");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return CryoPathDeployment.realEarWithProbe();
    }

    /** One bad setting: the variables it changes, what the line must name, and what to do to the database first. */
    private record Case(String name, Map<String, String> settings, String key, String says, boolean newerSchema) {
    }

    @Test
    void eachDatabaseCryoPathCannotUseStopsTheStartWithOneLineNamingTheKey() throws SQLException {
        boolean postgresql = "postgresql".equals(System.getProperty("it.database"));
        List<Case> cases = new ArrayList<>();
        if (postgresql) {
            cases.add(new Case("refused login", Map.of("CRYOPATH_JDBC_PASSWORD", WRONG_PASSWORD),
                    "cryopath.jdbc.user / cryopath.jdbc.password", "28P01", false));
            cases.add(new Case("nothing at the URL", Map.of("CRYOPATH_JDBC_URL",
                    "jdbc:postgresql://127.0.0.1:" + (TestPostgresql.port() + 1) + "/cryopath"),
                    "cryopath.jdbc.url", "reaches no database", false));
        } else {
            cases.add(new Case("a URL no driver takes", Map.of("CRYOPATH_JDBC_URL", "jdbc:nosuchdb:cryopath"),
                    "cryopath.jdbc.url", "no JDBC driver", false));
        }
        cases.add(new Case("a schema from a newer CryoPath", Map.of(), "cryopath.jdbc.url",
                "schema is at version 999, newer than this CryoPath knows", true));

        SoftAssertions softly = new SoftAssertions();
        try {
            for (Case bad : cases) {
                Server.stop();
                futureMigration(bad.newerSchema());
                long from = Server.logSize();
                Server.startWith(bad.settings());
                await().atMost(START).until(() -> Server.logSince(from).contains("CryoPath refuses to start"));
                String log = Server.logSince(from);

                List<String[]> lines = refusals(log);
                softly.assertThat(lines).as(bad.name() + ": one line").hasSize(1);
                if (!lines.isEmpty()) {
                    softly.assertThat(lines.get(0)[1]).as(bad.name()).contains(bad.key()).contains(bad.says());
                }
                softly.assertThat(log).as(bad.name() + ": no password in the log").doesNotContain(WRONG_PASSWORD);
                softly.assertThat(Operations.get("cryopath/login.xhtml").statusCode())
                        .as(bad.name() + ": nothing of CryoPath serves").isEqualTo(404);
                softly.assertThat(Operations.get("health/ready").statusCode())
                        .as(bad.name() + ": not ready").isNotEqualTo(200);
            }
        } finally {
            Server.stop();
            futureMigration(false);
            Server.startWith(Map.of());
            Server.awaitApplication(START);
        }
        softly.assertAll();
        assertThat(Operations.readiness().up()).as("back with the test settings").isTrue();
    }

    /** The refusal records CryoPath logged: {logger, message}. */
    private static List<String[]> refusals(String log) {
        List<String[]> found = new ArrayList<>();
        Matcher matcher = REFUSAL.matcher(log);
        while (matcher.find()) {
            found.add(new String[] {matcher.group(1), matcher.group(2)});
        }
        return found;
    }

    /**
     * Adds (or removes) a history row of migration 999, as a newer CryoPath would have left, in the test server's
     * database while the server is stopped (an embedded Derby can be opened by one JVM at a time).
     */
    private static void futureMigration(boolean add) throws SQLException {
        String url = System.getProperty("it.jdbc.url");
        Properties login = new Properties();
        login.setProperty("user", System.getProperty("it.jdbc.user", "cryopath"));
        login.setProperty("password", System.getProperty("it.jdbc.password", "cryopath"));
        try (Connection connection = JdbcUrlDataSource.connect(url, login);
                Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '999'");
            if (add) {
                statement.executeUpdate("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", "
                        + "\"description\", \"type\", \"script\", \"checksum\", \"installed_by\", \"installed_on\", "
                        + "\"execution_time\", \"success\") VALUES (999, '999', 'from a newer CryoPath', 'SQL', "
                        + "'V999__from_a_newer_cryopath.sql', 0, 'it', CURRENT_TIMESTAMP, 0, TRUE)");
            }
        } finally {
            if (url.startsWith("jdbc:derby:")) {
                shutDownDerby(url);
            }
        }
    }

    private static void shutDownDerby(String url) {
        String database = url.substring(0, url.contains(";") ? url.indexOf(';') : url.length());
        try {
            JdbcUrlDataSource.connect(database + ";shutdown=true", new Properties()).close();
        } catch (SQLException expected) {
            // Derby reports a database shut down as SQL state 08006.
        }
    }
}
