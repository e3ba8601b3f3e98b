package org.cryopath.scheduling.application.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JPQL query whose conditions depend on which filters the user filled in: each condition is added only when
 * asked for, always with bound parameters (never user text in the query string).
 */
final class QueryBuilder {

    private final String from;
    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    /** @param from the query from {@code FROM} on, e.g. {@code "FROM AuditEntry a"} */
    QueryBuilder(String from) {
        this.from = from;
    }

    /** Adds {@code condition} (using {@code :name}) with its value. */
    QueryBuilder where(String condition, String name, Object value) {
        conditions.add(condition);
        parameters.put(name, value);
        return this;
    }

    /** Adds a condition without parameters. */
    QueryBuilder where(String condition) {
        conditions.add(condition);
        return this;
    }

    <T> TypedQuery<T> select(EntityManager em, String select, String orderBy, Class<T> type) {
        return bind(em.createQuery(select + " " + from + whereClause() + " ORDER BY " + orderBy, type));
    }

    long count(EntityManager em, String countExpression) {
        return bind(em.createQuery("SELECT COUNT(" + countExpression + ") " + from + whereClause(), Long.class))
                .getSingleResult();
    }

    private String whereClause() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private <T> TypedQuery<T> bind(TypedQuery<T> query) {
        parameters.forEach(query::setParameter);
        return query;
    }

    /**
     * A LIKE pattern for values starting with {@code prefix}, which an index on the column can serve. The wildcards
     * {@code %} and {@code _} are dropped from what the user typed: no name, MRN or address of CryoPath's needs them.
     */
    static String startingWith(String prefix) {
        return prefix.replace("%", "").replace("_", "") + "%";
    }

    static boolean given(String text) {
        return text != null && !text.isBlank();
    }
}
