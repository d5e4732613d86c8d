package org.hospitalatlas.web;

import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.core.ResolvableType;
import tools.jackson.databind.JsonNode;

/**
 * The table a body is written as in CSV: its rows (the body itself when it is a list, else its {@code items} or
 * {@code rows}, else the body as one row) and its columns, dotted paths to every scalar ({@code hospital.slug}),
 * first as the declared record types promise them, so that an empty answer still has its header, then as the data
 * has them (map keys such as indicator codes, untyped fields).
 */
final class CsvTable {

    private CsvTable() {}

    /** Where a body keeps its rows: a page's items, a comparison's rows; the first present wins. */
    private static final List<String> TABLE_FIELDS = List.of("items", "rows");

    /** The columns of {@code rows} of the declared {@code rowType}, in the order they are first met. */
    static List<String> columnsOf(ResolvableType rowType, List<JsonNode> rows) {
        Set<String> columns = new LinkedHashSet<>();
        if (rows.isEmpty()) {
            columnsOf(rowType, null, "", columns, 0);
        }
        for (JsonNode row : rows) {
            columnsOf(rowType, row, "", columns, 0);
        }
        return new ArrayList<>(columns);
    }

    /** The rows of a body's JSON tree: the tree itself when it is a list, else its table field, else the tree. */
    static List<JsonNode> rowsOf(JsonNode tree) {
        JsonNode table = tree;
        if (tree.isObject()) {
            for (String field : TABLE_FIELDS) {
                if (tree.path(field).isArray()) {
                    table = tree.get(field);
                    break;
                }
            }
        }
        List<JsonNode> rows = new ArrayList<>();
        if (table.isArray()) {
            table.values().forEach(rows::add);
        } else if (!table.isNull() && !table.isMissingNode()) {
            rows.add(table);
        }
        return rows;
    }

    /** The declared type of a row of a body declared as {@code declared}, as {@link #rowsOf} finds its rows. */
    static ResolvableType rowTypeOf(ResolvableType declared) {
        Class<?> raw = declared.resolve(Object.class);
        if (Collection.class.isAssignableFrom(raw)) {
            return declared.asCollection().getGeneric(0);
        }
        if (raw.isArray()) {
            return declared.getComponentType();
        }
        if (raw.isRecord()) {
            for (RecordComponent component : raw.getRecordComponents()) {
                if (TABLE_FIELDS.contains(component.getName()) && List.class.isAssignableFrom(component.getType())) {
                    return ResolvableType.forType(component.getGenericType(), declared)
                            .asCollection()
                            .getGeneric(0);
                }
            }
        }
        return declared;
    }

    /**
     * Columns of one row: what its declared type promises (record components, recursively), with map
     * keys and untyped fields taken from the data. {@code node} is null when there are no rows.
     */
    private static void columnsOf(ResolvableType type, JsonNode node, String prefix, Set<String> columns, int depth) {
        Class<?> raw = type.resolve(Object.class);
        if (depth > 8) {
            return;
        }
        if (isScalar(raw)) {
            addColumn(prefix, columns);
        } else if (Collection.class.isAssignableFrom(raw) || raw.isArray()) {
            ResolvableType element = raw.isArray()
                    ? type.getComponentType()
                    : type.asCollection().getGeneric(0);
            Class<?> elementClass = element.resolve(Object.class);
            if (isScalar(elementClass)) {
                addColumn(prefix, columns);
            } else if (node != null && node.isArray() && !node.isEmpty()) {
                for (JsonNode item : node.values()) {
                    columnsOf(element, item, prefix, columns, depth + 1);
                }
            } else {
                columnsOf(element, null, prefix, columns, depth + 1);
            }
        } else if (Map.class.isAssignableFrom(raw)) {
            ResolvableType value = type.asMap().getGeneric(1);
            if (node != null && node.isObject()) {
                for (Map.Entry<String, JsonNode> entry : node.properties()) {
                    columnsOf(value, entry.getValue(), join(prefix, entry.getKey()), columns, depth + 1);
                }
            }
        } else if (raw.isRecord()) {
            for (RecordComponent component : raw.getRecordComponents()) {
                columnsOf(
                        ResolvableType.forType(component.getGenericType(), type),
                        node == null ? null : node.get(component.getName()),
                        join(prefix, component.getName()),
                        columns,
                        depth + 1);
            }
        } else if (node != null) {
            dataColumnsOf(node, prefix, columns);
        }
    }

    /** Columns of data whose type is not declared: every leaf, objects flattened, lists of objects merged. */
    private static void dataColumnsOf(JsonNode node, String prefix, Set<String> columns) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                dataColumnsOf(field.getValue(), join(prefix, field.getKey()), columns);
            }
        } else if (node.isArray() && node.values().stream().anyMatch(JsonNode::isObject)) {
            for (JsonNode element : node.values()) {
                if (element.isObject()) {
                    dataColumnsOf(element, prefix, columns);
                }
            }
        } else {
            addColumn(prefix, columns);
        }
    }

    private static void addColumn(String column, Set<String> columns) {
        if (column.isEmpty()) {
            return;
        }
        String nested = column + ".";
        for (String existing : columns) {
            if (existing.equals(column) || existing.startsWith(nested)) {
                return;
            }
        }
        columns.add(column);
    }

    private static boolean isScalar(Class<?> type) {
        return type.isPrimitive()
                || Number.class.isAssignableFrom(type)
                || CharSequence.class.isAssignableFrom(type)
                || Boolean.class.equals(type)
                || Character.class.equals(type)
                || type.isEnum()
                || Temporal.class.isAssignableFrom(type)
                || UUID.class.equals(type)
                || URI.class.equals(type);
    }

    private static String join(String prefix, String name) {
        return prefix.isEmpty() ? name : prefix + "." + name;
    }
}
