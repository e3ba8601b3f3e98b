package org.cryopath.web.interfaces.rest;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * Jersey wraps a failure of an entity provider in a ProcessingException. One that reading JSON caused is the
 * client's (400); any other is the server's (500).
 */
@Provider
public class ProcessingExceptionMapper extends ProblemMapper<ProcessingException> {

    @Override
    Response problemFor(ProcessingException failure, String instance) {
        for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof JsonbException || cause instanceof JsonException) {
                return Problems.response(Problems.of(ProblemType.MALFORMED_JSON,
                        ApiTexts.get("api.problem.malformed-json.unreadable"), instance, null)).build();
            }
        }
        return UnexpectedExceptionMapper.unexpected(failure, instance);
    }
}
