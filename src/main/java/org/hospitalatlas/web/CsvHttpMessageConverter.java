package org.hospitalatlas.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.core.ResolvableType;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.AbstractGenericHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes any response body as RFC 4180 CSV (UTF-8, CRLF, a header row). The table is the body itself
 * when it is a list, else its {@code items} (a page) or {@code rows} (a comparison), else the body as a
 * single row. Nested fields become dotted columns ({@code hospital.slug}, {@code evidence.quote});
 * lists inside a row are joined with "; ", position by position. Columns come from the declared record
 * types, so an empty answer still has its header, then from the data (map keys such as indicator codes).
 * Values go through the same JSON mapper as the JSON answer, so both forms carry identical figures.
 */
final class CsvHttpMessageConverter extends AbstractGenericHttpMessageConverter<Object> {

    static final MediaType TEXT_CSV = new MediaType("text", "csv");
    static final String LIST_SEPARATOR = "; ";

    /** Where a body keeps its rows: a page's items, a comparison's rows; the first present wins. */
    private static final List<String> TABLE_FIELDS = List.of("items", "rows");

    private static final String CRLF = "\r\n";

    private final JsonMapper json;

    CsvHttpMessageConverter(JsonMapper json) {
        super(TEXT_CSV);
        setDefaultCharset(StandardCharsets.UTF_8);
        this.json = json;
    }

    @Override
    protected boolean supports(Class<?> clazz) {
        // problems stay problem+json; raw strings, bytes and resources are already in their final form
        return !ProblemDetail.class.isAssignableFrom(clazz)
                && !CharSequence.class.isAssignableFrom(clazz)
                && !byte[].class.equals(clazz)
                && !Resource.class.isAssignableFrom(clazz);
    }

    @Override
    public boolean canRead(Type type, Class<?> contextClass, MediaType mediaType) {
        return false;
    }

    @Override
    protected boolean canRead(MediaType mediaType) {
        return false;
    }

    @Override
    public Object read(Type type, Class<?> contextClass, HttpInputMessage inputMessage) {
        throw new HttpMessageNotReadableException("CSV request bodies are not accepted", inputMessage);
    }

    @Override
    protected Object readInternal(Class<?> clazz, HttpInputMessage inputMessage) {
        throw new HttpMessageNotReadableException("CSV request bodies are not accepted", inputMessage);
    }

    @Override
    protected void writeInternal(Object body, Type type, HttpOutputMessage outputMessage) throws IOException {
        if (outputMessage.getHeaders().getContentDisposition().getFilename() == null) {
            outputMessage
                    .getHeaders()
                    .setContentDisposition(ContentDisposition.attachment()
                            .filename(fileName(currentPath()))
                            .build());
        }
        Writer out = new OutputStreamWriter(outputMessage.getBody(), StandardCharsets.UTF_8);
        write(body, type, out);
        out.flush();
    }

    /** "/api/v1/indicators/beds_open/ranking" → "indicators-beds_open-ranking.csv", so a saved answer says what it is. */
    static String fileName(String path) {
        String name =
                path == null ? "" : path.replaceFirst("^/api/v[0-9]+/", "").replaceAll("[^A-Za-z0-9_-]+", "-");
        name = name.replaceAll("^-+|-+$", "");
        if (name.length() > 80) {
            name = name.substring(0, 80);
        }
        return (name.isEmpty() ? "hospital-atlas" : name) + ".csv";
    }

    private static String currentPath() {
        if (org.springframework.web.context.request.RequestContextHolder.getRequestAttributes()
                instanceof org.springframework.web.context.request.ServletRequestAttributes attributes) {
            return attributes.getRequest().getRequestURI();
        }
        return null;
    }

    /** The CSV text of a body; {@code type} is its declared (generic) type when known. */
    void write(Object body, Type type, Writer out) throws IOException {
        ResolvableType declared =
                type == null ? ResolvableType.forClass(body.getClass()) : ResolvableType.forType(type);
        if (declared.resolve() == null || declared.resolve() == Object.class) {
            declared = ResolvableType.forClass(body.getClass());
        }
        List<JsonNode> rows = rowsOf(json.valueToTree(body));
        ResolvableType rowType = rowTypeOf(declared);
        Set<String> columns = new LinkedHashSet<>();
        if (rows.isEmpty()) {
            columnsOf(rowType, null, "", columns, 0);
        }
        for (JsonNode row : rows) {
            columnsOf(rowType, row, "", columns, 0);
        }
        List<String> header = new ArrayList<>(columns);
        writeLine(header, out);
        for (JsonNode row : rows) {
            List<String> cells = new ArrayList<>(header.size());
            for (String column : header) {
                cells.add(cell(row, column));
            }
            writeLine(cells, out);
        }
    }

    private static List<JsonNode> rowsOf(JsonNode tree) {
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

    private static ResolvableType rowTypeOf(ResolvableType declared) {
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

    private static String cell(JsonNode row, String column) {
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

    private static void writeLine(List<String> cells, Writer out) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quote(cells.get(i)));
        }
        out.write(CRLF);
    }

    static String quote(String value) {
        boolean needsQuotes = value.indexOf(',') >= 0
                || value.indexOf('"') >= 0
                || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0;
        return needsQuotes ? '"' + value.replace("\"", "\"\"") + '"' : value;
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
