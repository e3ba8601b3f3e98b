package org.cryopath.domain.persistence;

import org.eclipse.microprofile.config.Config;

/**
 * The database the configuration names ({@code cryopath.jdbc.url}, {@code .user}, {@code .password}), as a data
 * source of its own outside the server's pool, with the same defaults as the application's data source definition.
 * The start-up checks and the migrations use it, so a driver's verdict on a bad URL or login reaches the log as the
 * driver gave it, not wrapped by the pool, and a database that cannot be used never fills the log with the pool's
 * failed attempts.
 */
public final class ConfiguredDatabase {

    /** Relative to the server's working directory, which for Payara is the domain's config folder. */
    public static final String DEFAULT_URL = "jdbc:derby:cryopath-data/derby;create=true";
    public static final String DEFAULT_USER = "cryopath";
    public static final String DEFAULT_PASSWORD = "cryopath";

    private ConfiguredDatabase() {
    }

    public static JdbcUrlDataSource of(Config config) {
        JdbcUrlDataSource database = new JdbcUrlDataSource();
        database.setUrl(config.getOptionalValue("cryopath.jdbc.url", String.class).orElse(DEFAULT_URL));
        database.setUser(config.getOptionalValue("cryopath.jdbc.user", String.class).orElse(DEFAULT_USER));
        database.setPassword(config.getOptionalValue("cryopath.jdbc.password", String.class).orElse(DEFAULT_PASSWORD));
        return database;
    }
}
