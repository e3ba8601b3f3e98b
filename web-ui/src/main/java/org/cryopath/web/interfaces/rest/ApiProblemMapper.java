package org.cryopath.web.interfaces.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/** CryoPath's own refusals at the API's edge: malformed bodies, contract violations, idempotency keys. */
@Provider
public class ApiProblemMapper extends ProblemMapper<ApiProblem> {

    @Override
    Response problemFor(ApiProblem problem, String instance) {
        return Problems.response(Problems.of(problem.type(), problem.detail(), instance, problem.errors())).build();
    }
}
