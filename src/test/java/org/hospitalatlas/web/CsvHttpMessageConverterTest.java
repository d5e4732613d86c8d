package org.hospitalatlas.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

class CsvHttpMessageConverterTest {

    record Source(String document, String quote) {}

    record Row(String name, BigDecimal value, List<Source> evidence, List<Integer> years) {}

    record Table(String title, List<Row> rows) {}

    record Cell(BigDecimal value) {}

    record Wide(String name, Map<String, Cell> values) {}

    private final CsvHttpMessageConverter converter =
            new CsvHttpMessageConverter(JsonMapper.builder().build());

    @Test
    void quotesCommasQuotesAndLineBreaks() {
        assertThat(CsvHttpMessageConverter.quote("plain")).isEqualTo("plain");
        assertThat(CsvHttpMessageConverter.quote("a,b")).isEqualTo("\"a,b\"");
        assertThat(CsvHttpMessageConverter.quote("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CsvHttpMessageConverter.quote("two\nlines")).isEqualTo("\"two\nlines\"");
    }

    @Test
    void writesTheRowsOfATableWithDottedColumnsAndJoinedLists() throws IOException {
        Table table = new Table(
                "ignored",
                List.of(
                        new Row(
                                "甲, 乙",
                                new BigDecimal("4340.000000"),
                                List.of(new Source("d1", "床位4340张"), new Source("d2", "收入31.9亿元")),
                                List.of(2020, 2021)),
                        new Row("丙", null, List.of(), List.of())));
        String csv = write(table, Table.class);
        assertThat(csv)
                .isEqualTo("name,value,evidence.document,evidence.quote,years\r\n"
                        + "\"甲, 乙\",4340,d1; d2,床位4340张; 收入31.9亿元,2020; 2021\r\n"
                        + "丙,,,,\r\n");
        assertThat(Csv.parse(csv).rows().get(0).get("name")).isEqualTo("甲, 乙");
    }

    @Test
    void headerComesFromTheDeclaredTypeEvenWithoutRows() throws IOException {
        Type type = new ParameterizedTypeReference<PagedResponse<Row>>() {}.getType();
        String csv = write(PagedResponse.of(List.<Row>of(), 0, 20, 0), type);
        assertThat(csv).isEqualTo("name,value,evidence.document,evidence.quote,years\r\n");
    }

    @Test
    void mapKeysBecomeColumnsInOrder() throws IOException {
        Map<String, Cell> values = new LinkedHashMap<>();
        values.put("beds_open", new Cell(new BigDecimal("1E+3")));
        values.put("revenue", new Cell(null));
        String csv = write(List.of(new Wide("a", values)), new ParameterizedTypeReference<List<Wide>>() {}.getType());
        assertThat(csv).isEqualTo("name,values.beds_open.value,values.revenue.value\r\na,1000,\r\n");
    }

    @Test
    void defusesSpreadsheetFormulas() throws IOException {
        String csv = write(
                List.of(new Source("=HYPERLINK(\"x\")", "-1")),
                new ParameterizedTypeReference<List<Source>>() {}.getType());
        assertThat(Csv.parse(csv).rows().get(0).get("document")).isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(Csv.parse(csv).rows().get(0).get("quote")).isEqualTo("'-1");
    }

    @Test
    void leavesProblemsAndTextToOtherConverters() {
        MediaType csv = MediaType.parseMediaType("text/csv");
        assertThat(converter.canWrite(ProblemDetail.class, ProblemDetail.class, csv))
                .isFalse();
        assertThat(converter.canWrite(String.class, String.class, csv)).isFalse();
        assertThat(converter.canWrite(Table.class, Table.class, csv)).isTrue();
        assertThat(converter.canWrite(Table.class, Table.class, MediaType.APPLICATION_JSON))
                .isFalse();
        assertThat(converter.canRead(Table.class, Table.class, csv)).isFalse();
    }

    private String write(Object body, Type type) throws IOException {
        StringWriter out = new StringWriter();
        converter.write(body, type, out);
        return out.toString();
    }

    @Test
    void fileNamesSayWhatTheAnswerIs() {
        assertThat(CsvHttpMessageConverter.fileName("/api/v1/indicators/beds_open/ranking"))
                .isEqualTo("indicators-beds_open-ranking.csv");
        assertThat(CsvHttpMessageConverter.fileName("/api/v1/compare/matrix")).isEqualTo("compare-matrix.csv");
        assertThat(CsvHttpMessageConverter.fileName(null)).isEqualTo("hospital-atlas.csv");
        assertThat(CsvHttpMessageConverter.fileName("/api/v1/hospitals/\"x\";y"))
                .isEqualTo("hospitals-x-y.csv");
    }
}
