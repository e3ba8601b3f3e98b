package org.cryopath.domain.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * The databases CryoPath runs on: embedded Apache Derby (the run command and the tests) and PostgreSQL
 * (production). Each has its own migration set ({@code db/migration/<folder>}); where a rule is written differently
 * for one of them (claiming outbox rows without waiting on writers), the code asks which one it talks to. Which one
 * is in use is read from the database itself, never guessed from the URL.
 */
public enum DatabaseProduct {

    /** Apache Derby, embedded: the default for the run command and the tests. */
    DERBY("derby", "Apache Derby"),
    /** PostgreSQL: the production database. */
    POSTGRESQL("postgresql", "PostgreSQL");

    private final String migrationFolder;
    private final String displayName;

    DatabaseProduct(String migrationFolder, String displayName) {
        this.migrationFolder = migrationFolder;
        this.displayName = displayName;
    }

    /** The folder of this database's migrations under {@code db/migration}. */
    public String migrationFolder() {
        return migrationFolder;
    }

    /** Where this database's Flyway migrations are, for Flyway's {@code locations}. */
    public String migrationLocation() {
        return "classpath:db/migration/" + migrationFolder;
    }

    public String displayName() {
        return displayName;
    }

    /** The product behind a connection, from its metadata; refuses any database CryoPath has no migrations for. */
    public static DatabaseProduct of(Connection connection) throws SQLException {
        return ofProductName(connection.getMetaData().getDatabaseProductName());
    }

    /** The product behind the data source; a connection that fails is refused with the key to fix. */
    public static DatabaseProduct of(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return of(connection);
        } catch (SQLException e) {
            throw SchemaMigrations.refusal(e);
        }
    }

    static DatabaseProduct ofProductName(String productName) {
        String name = productName == null ? "" : productName.toLowerCase(Locale.ROOT);
        if (name.contains("derby")) {
            return DERBY;
        }
        if (name.contains("postgresql")) {
            return POSTGRESQL;
        }
        throw new DatabaseRefused("cryopath.jdbc.url", "points at a " + productName
                + " database; CryoPath runs on PostgreSQL (production) and Apache Derby (embedded)");
    }
}
