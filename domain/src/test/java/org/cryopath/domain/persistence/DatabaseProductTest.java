package org.cryopath.domain.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DatabaseProductTest {

    @Test
    void derbyAndPostgresqlAreKnownByTheNamesTheirDriversGive() {
        assertThat(DatabaseProduct.ofProductName("Apache Derby")).isEqualTo(DatabaseProduct.DERBY);
        assertThat(DatabaseProduct.ofProductName("PostgreSQL")).isEqualTo(DatabaseProduct.POSTGRESQL);
        assertThat(DatabaseProduct.POSTGRESQL.migrationLocation()).isEqualTo("classpath:db/migration/postgresql");
        assertThat(DatabaseProduct.DERBY.migrationLocation()).isEqualTo("classpath:db/migration/derby");
    }

    @Test
    void anyOtherProductIsRefusedNamingTheUrlKey() {
        assertThatThrownBy(() -> DatabaseProduct.ofProductName("MySQL"))
                .isInstanceOf(DatabaseRefused.class)
                .hasMessage("CryoPath refuses to start: cryopath.jdbc.url points at a MySQL database; CryoPath runs on "
                        + "PostgreSQL (production) and Apache Derby (embedded)")
                .satisfies(refused -> assertThat(((DatabaseRefused) refused).key()).isEqualTo("cryopath.jdbc.url"))
                .satisfies(refused -> assertThat(refused.getStackTrace()).as("a verdict, not a fault").isEmpty());
    }
}
