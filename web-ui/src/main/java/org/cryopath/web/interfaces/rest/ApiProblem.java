package org.cryopath.web.interfaces.rest;

import java.util.List;

/**
 * A refusal the API answers with a problem document of one of CryoPath's own types ({@link ProblemType}); the
 * detail comes from the messages bundle. Mapped by {@link ApiProblemMapper}.
 */
public class ApiProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ProblemType type;
    private final String detailKey;
    private final transient Object[] arguments;
    private final transient List<Problem.FieldError> errors;

    ApiProblem(ProblemType type, String detailKey, List<Problem.FieldError> errors, Object... arguments) {
        super(type.slug(), null, false, false);
        this.type = type;
        this.detailKey = detailKey;
        this.arguments = arguments;
        this.errors = List.copyOf(errors);
    }

    ApiProblem(ProblemType type, String detailKey, Object... arguments) {
        this(type, detailKey, List.of(), arguments);
    }

    ProblemType type() {
        return type;
    }

    String detail() {
        return ApiTexts.get(detailKey, arguments);
    }

    List<Problem.FieldError> errors() {
        return errors;
    }
}
