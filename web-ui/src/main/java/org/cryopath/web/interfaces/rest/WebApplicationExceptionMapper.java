package org.cryopath.web.interfaces.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * What JAX-RS itself refuses (404 no such resource, 405 wrong method, 406 no acceptable representation, 415 not
 * JSON, 403 wrong role...) as a problem document of its status. The exception's own message is not echoed: it says
 * nothing the status does not, and may repeat what the client sent. A 405 keeps its Allow header.
 */
@Provider
public class WebApplicationExceptionMapper extends ProblemMapper<WebApplicationException> {

    @Override
    Response problemFor(WebApplicationException refusal, String instance) {
        Response original = refusal.getResponse();
        int status = original == null ? 500 : original.getStatus();
        if (status >= 500) {
            return UnexpectedExceptionMapper.unexpected(refusal, instance);
        }
        Response.ResponseBuilder answer = Problems.response(Problems.ofStatus(status, Problems.statusDetail(status), instance));
        if (original.getHeaderString(HttpHeaders.ALLOW) != null) {
            answer.header(HttpHeaders.ALLOW, original.getHeaderString(HttpHeaders.ALLOW));
        }
        if (original.getHeaderString(HttpHeaders.WWW_AUTHENTICATE) != null) {
            answer.header(HttpHeaders.WWW_AUTHENTICATE, original.getHeaderString(HttpHeaders.WWW_AUTHENTICATE));
        }
        return answer.build();
    }
}
