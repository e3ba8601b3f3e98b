package org.cryopath.web.interfaces.rest;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * JSON-B could not bind a request body. The API's own reader checks bodies before binding them, so this is a
 * safety net; the parser's message is not echoed, since it quotes the value it could not read.
 */
@Provider
public class JsonbExceptionMapper extends ProblemMapper<JsonbException> {

    @Override
    Response problemFor(JsonbException failure, String instance) {
        return Problems.response(Problems.of(ProblemType.MALFORMED_JSON,
                ApiTexts.get("api.problem.malformed-json.unreadable"), instance, null)).build();
    }
}
