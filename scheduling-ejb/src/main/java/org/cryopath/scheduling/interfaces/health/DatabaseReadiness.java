package org.cryopath.scheduling.interfaces.health;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import org.cryopath.domain.persistence.SchemaMigrations.SchemaState;
import org.cryopath.scheduling.infrastructure.persistence.DatabaseLifecycle;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when the database answers through the application's pool and its schema is exactly what this build
 * expects: every migration applied, none failed, none newer. Down when the database cannot be reached (then the
 * data say why, by SQL state and the driver's first line) or a migration is pending.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    static final String NAME = "database";

    @EJB
    DatabaseLifecycle database;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME);
        try {
            SchemaState schema = database.schemaState();
            return response.status(schema.upToDate())
                    .withData("product", schema.product().displayName())
                    .withData("schemaVersion", schema.currentVersion())
                    .withData("expectedVersion", schema.expectedVersion())
                    .withData("pendingMigrations", schema.pending())
                    .withData("failedMigration", schema.failed())
                    .withData("newerSchema", schema.newer())
                    .build();
        } catch (SQLException e) {
            return response.down().withData("error", describe(e)).build();
        } catch (RuntimeException e) {
            // The pool wraps what the driver said; the innermost SQL exception tells it best.
            return response.down().withData("error", describe(innermostSqlFailure(e))).build();
        }
    }

    private static Throwable innermostSqlFailure(Throwable failure) {
        Throwable found = failure;
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException) {
                found = cause;
            }
        }
        return found;
    }

    private static String describe(Throwable failure) {
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        int end = message.indexOf('\n');
        String state = failure instanceof SQLException sql && sql.getSQLState() != null ? sql.getSQLState() + ": " : "";
        return state + (end < 0 ? message : message.substring(0, end)).strip();
    }
}
