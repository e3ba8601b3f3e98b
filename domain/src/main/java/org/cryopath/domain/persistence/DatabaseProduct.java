package org.cryopath.domain.persistence;

import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Locale;

/**
 * The databases CryoPath runs on, each with its own migration set under {@code db/migration/<folder>}: embedded
 * Apache Derby (the run command and the tests) and PostgreSQL (production). Which one is in use is read from the
 * database itself, never guessed from the URL alone.
 */
public enum DatabaseProduct {

    DERBY("derby", "Apache Derby"),
    POSTGRESQL("postgresql", "PostgreSQL");

    private final String folder;
    private final String displayName;

    DatabaseProduct(String folder, String displayName) {
        this.folder = folder;
        this.displayName = displayName;
    }

    /** Where this database's Flyway migrations are, for Flyway's {@code locations}. */
    public String migrationLocation() {
        return "classpath:db/migration/" + folder;
    }

    public String displayName() {
        return displayName;
    }

    /** The product behind a live connection; refuses any database CryoPath has no migrations for. */
    public static DatabaseProduct of(DatabaseMetaData metaData) throws SQLException {
        return ofProductName(metaData.getDatabaseProductName());
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
