package org.cryopath.it.probe;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.Json;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Bends the schema's migration history, for the readiness test: hides the newest applied migration (its history row
 * gets a version below every real one, so this build's newest migration reads as pending) and puts it back.
 */
@Path("database")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DatabaseProbe {

    private static final String HIDDEN_PREFIX = "0.";

    @Resource(lookup = "java:app/jdbc/cryopath")
    DataSource dataSource;

    /** Answers the version it hid. */
    @POST
    @Path("hide-latest-migration")
    public String hideLatestMigration() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            String latest = null;
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT \"version\" FROM \"flyway_schema_history\" "
                            + "WHERE \"version\" IS NOT NULL ORDER BY \"installed_rank\" DESC")) {
                if (rows.next()) {
                    latest = rows.getString(1);
                }
            }
            setVersion(connection, latest, HIDDEN_PREFIX + latest);
            return Json.createObjectBuilder().add("version", latest).build().toString();
        }
    }

    @POST
    @Path("restore-migration")
    public String restoreMigration(@QueryParam("version") String version) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return Json.createObjectBuilder().add("restored", setVersion(connection, HIDDEN_PREFIX + version, version))
                    .build().toString();
        }
    }

    private static int setVersion(Connection connection, String from, String to) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE \"flyway_schema_history\" SET \"version\" = ? WHERE \"version\" = ?")) {
            update.setString(1, to);
            update.setString(2, from);
            return update.executeUpdate();
        }
    }
}
