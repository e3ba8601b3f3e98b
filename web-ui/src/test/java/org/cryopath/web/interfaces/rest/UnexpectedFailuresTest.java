package org.cryopath.web.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** A 500 tells the client nothing but an incident id, and the log the failure without what it may quote. */
class UnexpectedFailuresTest {

    @Test
    void theLoggedCopyKeepsClassesAndFramesButNoMessages() {
        IllegalStateException failure = new IllegalStateException("could not parse 'Grace Okafor, MRN-1234'",
                new SQLException("value 'MRN-1234' violates", "23505"));

        Redacted copy = Redacted.of(failure);

        String logged = stackTrace(copy);
        assertThat(logged).contains("java.lang.IllegalStateException", "java.sql.SQLException",
                UnexpectedFailuresTest.class.getName()).doesNotContain("Grace", "MRN-1234");
        assertThat(copy.getStackTrace()).isEqualTo(failure.getStackTrace());
    }

    @Test
    void aFailureThatIsItsOwnCauseDoesNotLoop() {
        RuntimeException loop = new RuntimeException("x");
        RuntimeException outer = new RuntimeException("y", loop);
        loop.initCause(outer);

        assertThat(stackTrace(Redacted.of(outer))).contains("java.lang.RuntimeException");
    }

    @Test
    void theProblemNamesTheIncidentAndNothingElse() {
        Problem problem = Problems.unexpected("1b4e28ba-2fa1-11d2-883f-0016d3cca427", "/cryopath/api/v1/referrals");

        assertThat(problem.status()).isEqualTo(500);
        assertThat(problem.type()).isEqualTo("about:blank");
        assertThat(problem.title()).isEqualTo("Internal Server Error");
        assertThat(problem.incident()).isEqualTo("1b4e28ba-2fa1-11d2-883f-0016d3cca427");
        assertThat(problem.detail()).contains("incident 1b4e28ba-2fa1-11d2-883f-0016d3cca427", "same Idempotency-Key");
        assertThat(problem.errors()).isNull();
    }

    private static String stackTrace(Throwable failure) {
        StringWriter text = new StringWriter();
        failure.printStackTrace(new PrintWriter(text));
        return text.toString();
    }
}
