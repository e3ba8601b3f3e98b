package org.cryopath.web.interfaces.rest;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;

/**
 * What every exception mapper of the API shares: the answer is a problem document whose {@code instance} is the
 * request's path. The mappers together are the one place where failures become HTTP answers.
 */
abstract class ProblemMapper<E extends Throwable> implements ExceptionMapper<E> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(E exception) {
        return problemFor(exception, instance());
    }

    abstract Response problemFor(E exception, String instance);

    String instance() {
        try {
            return uriInfo.getRequestUri().getRawPath();
        } catch (RuntimeException e) {
            // outside a request (never in practice): the problem still goes out, without an instance
            return null;
        }
    }
}
