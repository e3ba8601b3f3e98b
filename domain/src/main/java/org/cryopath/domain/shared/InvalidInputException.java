package org.cryopath.domain.shared;

import java.util.List;

/**
 * Several inputs of one request are wrong. Carries every violation found, so a form can mark all its faulty
 * fields at once and an API client can fix its payload in one go.
 */
public class InvalidInputException extends DomainException {

    private static final long serialVersionUID = 1L;

    private final List<DomainException> violations;

    InvalidInputException(List<DomainException> violations) {
        super(null, "validation.invalidInput", violations.size());
        this.violations = List.copyOf(violations);
    }

    @Override
    public List<DomainException> violations() {
        return violations;
    }
}
