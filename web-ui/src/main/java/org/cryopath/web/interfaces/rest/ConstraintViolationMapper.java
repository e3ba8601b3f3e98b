package org.cryopath.web.interfaces.rest;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;

/**
 * Bean Validation refusals (none of the API's own types use it: the domain validates; this keeps any that appear in
 * the same shape as domain refusals): 422 with each faulty property.
 */
@Provider
public class ConstraintViolationMapper extends ProblemMapper<ConstraintViolationException> {

    @Override
    Response problemFor(ConstraintViolationException refusal, String instance) {
        List<Problem.FieldError> errors = refusal.getConstraintViolations().stream()
                .map(ConstraintViolationMapper::fieldError)
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return Problems.response(Problems.of(ProblemType.INVALID_INPUT,
                ApiTexts.get("api.problem.invalid-input.detail", errors.size()), instance, errors)).build();
    }

    private static Problem.FieldError fieldError(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        String code = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        return new Problem.FieldError(path, violation.getMessage(), "constraint." + code);
    }
}
