package org.cryopath.web.interfaces.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything else is a fault of the server: 500, with no stack trace and nothing from the request in the answer, and an
 * incident id that the server log carries beside the failure. The log gets the exceptions' classes and stack frames
 * but not their messages, which may quote patient data (a parser repeating the value it could not read).
 */
@Provider
public class UnexpectedExceptionMapper extends ProblemMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Override
    Response problemFor(Throwable failure, String instance) {
        return unexpected(failure, instance);
    }

    static Response unexpected(Throwable failure, String instance) {
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "REST API incident " + incident + " at " + instance, Redacted.of(failure));
        return Problems.response(Problems.unexpected(incident, instance)).build();
    }
}
