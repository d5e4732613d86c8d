package org.hospitalatlas.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The text of one CSV cell: the value at a column's dotted path in a row, numbers in plain notation, text a
 * spreadsheet would run as a formula defused, and the values of lists inside the row joined with "; ", position by
 * position.
 */
final class CsvCells {

    private CsvCells() {}

    private static final String LIST_SEPARATOR = "; ";

    /** The text of {@code column} (a dotted path) in {@code row}. */
    static String cell(JsonNode row, String column) {
        List<String> values = new ArrayList<>();
        collect(row, column.split("\\."), 0, values);
        return String.join(LIST_SEPARATOR, values);
    }

    private static void collect(JsonNode node, String[] path, int index, List<String> values) {
        // an absent value still takes its place, so joined lists stay aligned column to column
        if (node == null || node.isNull() || node.isMissingNode()) {
            values.add("");
        } else if (node.isArray()) {
            for (JsonNode element : node.values()) {
                collect(element, path, index, values);
            }
        } else if (index == path.length) {
            values.add(text(node));
        } else if (node.isObject()) {
            collect(node.get(path[index]), path, index + 1, values);
        } else {
            values.add("");
        }
    }

    private static String text(JsonNode node) {
        if (node.isNumber()) {
            BigDecimal number = node.decimalValue();
            return number.signum() == 0 ? "0" : number.stripTrailingZeros().toPlainString();
        }
        if (node.isString()) {
            return defuse(node.asString());
        }
        if (node.isValueNode()) {
            return node.asString();
        }
        return node.toString();
    }

    /** Text that a spreadsheet would run as a formula gets a leading apostrophe (OWASP CSV injection). */
    private static String defuse(String value) {
        if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value;
    }
}
