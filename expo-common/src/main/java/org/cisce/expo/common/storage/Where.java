package org.cisce.expo.common.storage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The optional filters of a list query: each condition is added only when its value is given, with its named
 * parameter beside it, so that the query and its parameters never disagree.
 * <pre>{@code
 * Where where = new Where().equal("r.editionId", "editionId", f.editionId()).after("r.updatedAt", "since", f.since());
 * find("from Registration r" + where.clause() + " order by r.createdAt", where.params());
 * }</pre>
 */
public final class Where {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> params = new HashMap<>();

    /** {@code field = :name} when {@code value} is not null. */
    public Where equal(String field, String name, Object value) {
        return value == null ? this : and(field + " = :" + name, name, value);
    }

    /** {@code field > :name} when {@code value} is not null. */
    public Where after(String field, String name, Object value) {
        return value == null ? this : and(field + " > :" + name, name, value);
    }

    /** A condition with one parameter, when {@code value} is not null. */
    public Where and(String condition, String name, Object value) {
        if (value != null) {
            conditions.add(condition);
            params.put(name, value);
        }
        return this;
    }

    /** A condition with its parameters, added as it is. */
    public Where and(String condition, Map<String, Object> parameters) {
        conditions.add(condition);
        params.putAll(parameters);
        return this;
    }

    /** {@code ' where a and b'}, or nothing when no filter applies: append it to {@code from Entity e}. */
    public String clause() {
        return conditions.isEmpty() ? "" : " where " + joined();
    }

    /** The conditions joined with {@code and}, for nesting in a sub-query; empty when there is none. */
    public String joined() {
        return String.join(" and ", conditions);
    }

    public boolean isEmpty() {
        return conditions.isEmpty();
    }

    public Map<String, Object> params() {
        return Map.copyOf(params);
    }

    /** A {@code like ... escape '\'} pattern that matches {@code text} anywhere, its wildcards taken literally. */
    public static String containing(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
