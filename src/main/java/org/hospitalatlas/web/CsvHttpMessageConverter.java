package org.hospitalatlas.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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
 * Which rows and columns: {@link CsvTable}; each cell's text: {@link CsvCells}; here, HTTP and RFC 4180.
 */
final class CsvHttpMessageConverter extends AbstractGenericHttpMessageConverter<Object> {

    static final MediaType TEXT_CSV = new MediaType("text", "csv");

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
        List<JsonNode> rows = CsvTable.rowsOf(json.valueToTree(body));
        List<String> header = CsvTable.columnsOf(CsvTable.rowTypeOf(declared), rows);
        writeLine(header, out);
        for (JsonNode row : rows) {
            List<String> cells = new ArrayList<>(header.size());
            for (String column : header) {
                cells.add(CsvCells.cell(row, column));
            }
            writeLine(cells, out);
        }
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
}
