package org.hospitalatlas.compare;

/** Escapes user text for a SQL {@code like ... escape '\'} pattern, so % and _ match themselves. */
final class Like {

    private Like() {}

    static String escape(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
