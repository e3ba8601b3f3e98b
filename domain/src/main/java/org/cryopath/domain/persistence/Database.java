package org.cryopath.domain.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import javax.sql.DataSource;

/** Which database the application's data source ({@code java:app/jdbc/cryopath}) reaches, asked once. */
@ApplicationScoped
public class Database {

    /** The application's data source, defined by {@code DatabaseLifecycle}. */
    public static final String DATA_SOURCE = "java:app/jdbc/cryopath";

    @Resource(lookup = DATA_SOURCE)
    DataSource dataSource;

    private volatile DatabaseProduct product;

    public DatabaseProduct product() {
        DatabaseProduct known = product;
        if (known == null) {
            known = DatabaseProduct.of(dataSource);
            product = known;
        }
        return known;
    }
}
