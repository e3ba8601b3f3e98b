package org.cryopath.domain.persistence;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A data source configured by nothing but a JDBC URL, user and password, through whichever JDBC driver accepts
 * the URL: Derby's or PostgreSQL's, both in the EAR's {@code lib}. It is what the application's
 * {@code java:app/jdbc/cryopath} is built on, so the database is chosen by configuration, not by rebuilding the
 * EAR. Payara pools the connections it hands out.
 *
 * <p>Drivers are found with {@link ServiceLoader} in this class's own class loader (the EAR's), because the
 * server's connection pool cannot see drivers bundled in an application.
 */
public class JdbcUrlDataSource implements DataSource {

    /**
     * The SQL state of "no driver accepts this URL": a connection exception (class 08) with an
     * implementation-defined subclass, so that it is not mistaken for a refused connection (08001).
     */
    public static final String NO_DRIVER = "08Y01";

    private String url;
    private String user;
    private String password;
    private int loginTimeoutSeconds;
    private PrintWriter logWriter;

    public void setUrl(String url) {
        this.url = url;
    }

    /** The spelling some pools use for {@link #setUrl}. */
    public void setURL(String url) {
        setUrl(url);
    }

    public String getUrl() {
        return url;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public String getUser() {
        return user;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return getConnection(user, password);
    }

    @Override
    public Connection getConnection(String username, String pass) throws SQLException {
        if (url == null || url.isBlank()) {
            throw new SQLException("No JDBC URL configured (cryopath.jdbc.url)");
        }
        Properties properties = new Properties();
        if (username != null && !username.isBlank()) {
            properties.setProperty("user", username);
        }
        if (pass != null) {
            properties.setProperty("password", pass);
        }
        return connect(url, properties);
    }

    /** Opens a connection to {@code jdbcUrl} with the first driver, visible to the application, that accepts it. */
    public static Connection connect(String jdbcUrl, Properties properties) throws SQLException {
        for (Driver driver : ServiceLoader.load(Driver.class, JdbcUrlDataSource.class.getClassLoader())) {
            if (driver.acceptsURL(jdbcUrl)) {
                Connection connection = driver.connect(jdbcUrl, properties);
                if (connection != null) {
                    return connection;
                }
            }
        }
        throw new SQLException("No JDBC driver accepts the configured URL (" + scheme(jdbcUrl)
                + "...): CryoPath takes jdbc:postgresql: and jdbc:derby: URLs", NO_DRIVER);
    }

    /** "jdbc:postgresql": enough to say which driver is missing, without echoing credentials a URL may hold. */
    private static String scheme(String jdbcUrl) {
        int second = jdbcUrl.indexOf(':', jdbcUrl.indexOf(':') + 1);
        return second < 0 ? jdbcUrl : jdbcUrl.substring(0, second);
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeoutSeconds = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeoutSeconds;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("Not a wrapper of " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
