package org.cryopath.domain.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * The databases CryoPath runs on. Each has its own migration set ({@code db/migration/<folder>}); where a rule is
 * written differently for one of them (claiming outbox rows without waiting on writers), the code asks which one it
 * talks to.
 */
public enum DatabaseProduct {

    /** Apache Derby, embedded: the default for the run command and the tests. */
    DERBY("derby");

    private final String migrationFolder;

    DatabaseProduct(String migrationFolder) {
        this.migrationFolder = migrationFolder;
    }

    /** The folder of this database's migrations under {@code db/migration}. */
    public String migrationFolder() {
        return migrationFolder;
    }

    /** The product behind a connection, from its metadata. */
    public static DatabaseProduct of(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        if (product.contains("derby")) {
            return DERBY;
        }
        throw new IllegalStateException("No migrations for database '" + product
                + "': CryoPath ships migrations for Apache Derby");
    }

    public static DatabaseProduct of(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return of(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database", e);
        }
    }
}
