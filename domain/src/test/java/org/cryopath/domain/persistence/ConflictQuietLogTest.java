package org.cryopath.domain.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.eclipse.persistence.exceptions.DatabaseException;
import org.eclipse.persistence.logging.SessionLog;
import org.eclipse.persistence.logging.SessionLogEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ConflictQuietLogTest {

    private final Logger eclipseLink = Logger.getLogger("org.eclipse.persistence");
    private final List<LogRecord> records = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            records.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private Level levelBefore;
    private boolean parentHandlersBefore;

    @BeforeEach
    void capture() {
        levelBefore = eclipseLink.getLevel();
        parentHandlersBefore = eclipseLink.getUseParentHandlers();
        eclipseLink.setLevel(Level.INFO);
        eclipseLink.setUseParentHandlers(false);
        eclipseLink.addHandler(capture);
    }

    @AfterEach
    void release() {
        eclipseLink.removeHandler(capture);
        eclipseLink.setLevel(levelBefore);
        eclipseLink.setUseParentHandlers(parentHandlersBefore);
    }

    @Test
    void aDuplicateKeyAnotherTransactionCausedIsNotAWarning() {
        log(DatabaseException.sqlException(new SQLException("duplicate key value", "23505", 20000)));

        assertThat(records).as("nothing at INFO or above").isEmpty();
    }

    @Test
    void aLockTimeoutIsNotAWarningEither() {
        log(DatabaseException.sqlException(new SQLException("A lock could not be obtained", "40XL1", 30000)));

        assertThat(records).isEmpty();
    }

    @Test
    void aRealFaultIsLoggedWithItsStack() {
        log(DatabaseException.sqlException(new SQLException("Table 'NOPE' does not exist", "42X05", 30000)));

        assertThat(records).singleElement().satisfies(record -> {
            assertThat(record.getLevel()).isEqualTo(Level.WARNING);
            assertThat(record.getThrown()).isInstanceOf(DatabaseException.class);
        });
    }

    private static void log(Throwable failure) {
        SessionLogEntry entry = new SessionLogEntry(null, SessionLog.WARNING, null, failure);
        new ConflictQuietLog().log(entry);
    }
}
