package org.cryopath.domain.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Collects the violations of one request instead of stopping at the first: each input is parsed through
 * {@link #check}, and {@link #throwIfAny()} refuses the request with all of them.
 */
public final class Violations {

    private final List<DomainException> found = new ArrayList<>();

    /** The parsed value, or null when parsing refused it (the refusal is kept). */
    public <T> T check(Supplier<T> parse) {
        try {
            return parse.get();
        } catch (DomainException e) {
            found.addAll(e.violations());
            return null;
        }
    }

    /** As {@link #check(Supplier)}, with field names nested under {@code prefix}. */
    public <T> T check(String prefix, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (DomainException e) {
            e.violations().forEach(violation -> found.add(violation.under(prefix)));
            return null;
        }
    }

    /** Keeps refusals found by a rule that checks many things at once (a session's placement). */
    public Violations addAll(java.util.Collection<DomainException> refusals) {
        refusals.forEach(refusal -> found.addAll(refusal.violations()));
        return this;
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new InvalidInputException(found);
        }
    }
}
