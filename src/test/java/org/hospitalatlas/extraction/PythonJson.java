package org.hospitalatlas.extraction;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** JSON values read the way score.py's Python reads them: missing and null alike, truthiness, numeric equality. */
final class PythonJson {

    private PythonJson() {}

    /** An array's elements; nothing for null, missing or anything else (Python's {@code x.get(k, []) or []}). */
    static List<JsonNode> list(JsonNode node) {
        return node.isArray() ? new ArrayList<>(node.values()) : List.of();
    }

    static String text(JsonNode node) {
        return node.isString() ? node.stringValue() : null;
    }

    /** A JSON scalar as Python compares it: numbers by value (2021 == 2021.0), booleans as 1 and 0, null as None. */
    static Object value(JsonNode node) {
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        if (node.isNumber()) {
            return node.doubleValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue() ? 1.0 : 0.0;
        }
        return node.isString() ? node.stringValue() : node;
    }

    static Double number(JsonNode node) {
        if (node.isNumber() || node.isBoolean()) {
            return (Double) value(node);
        }
        if (node.isString()) {
            try {
                return Double.parseDouble(node.stringValue().strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    static boolean truthy(JsonNode node) {
        if (node.isMissingNode() || node.isNull()) {
            return false;
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isNumber()) {
            return node.doubleValue() != 0;
        }
        if (node.isString()) {
            return !node.stringValue().isEmpty();
        }
        return !node.isEmpty();
    }
}
