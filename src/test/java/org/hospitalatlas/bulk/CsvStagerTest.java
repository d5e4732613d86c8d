package org.hospitalatlas.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import org.hospitalatlas.shared.InvalidInputException;
import org.hospitalatlas.shared.RejectedRowsException.RejectedRow;
import org.junit.jupiter.api.Test;

/** The reading half of the bulk import: what reaches COPY for a given file, without a database. */
class CsvStagerTest {

    private final CsvStager stager = new CsvStager(50);
    private final CsvFormat values = new IndicatorValueCsv();
    private List<String> openedWith;
    private final ByteArrayOutputStream copied = new ByteArrayOutputStream();

    @Test
    void prefixesEveryRecordWithItsLineInTheFile() throws Exception {
        CsvStager.Staged staged =
                stage("hospital_slug,indicator_code,year,value\na,beds_open,2023,800\nb,beds_open,2023,900\n");

        assertThat(copied()).isEqualTo("2,a,beds_open,2023,800\n3,b,beds_open,2023,900\n");
        assertThat(staged.rows()).isEqualTo(2);
        assertThat(staged.header()).containsExactly("hospital_slug", "indicator_code", "year", "value");
        assertThat(openedWith).isEqualTo(staged.header());
        assertThat(staged.rejected()).isEmpty();
    }

    @Test
    void hashesTheFileAsSent() throws Exception {
        String csv = "hospital_slug,indicator_code,year,value\r\na,beds_open,2023,800\r\n";

        CsvStager.Staged staged = stage(csv);

        String expected = HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(csv.getBytes(StandardCharsets.UTF_8)));
        assertThat(staged.sha256()).isEqualTo(expected);
        assertThat(copied()).isEqualTo("2,a,beds_open,2023,800\n");
    }

    @Test
    void takesColumnsInAnyOrderWithAByteOrderMarkAndQuotedNames() throws Exception {
        CsvStager.Staged staged = stage("\uFEFF\"value\", Year ,indicator_code,HOSPITAL_SLUG\n800,2023,beds_open,a\n");

        assertThat(staged.header()).containsExactly("value", "year", "indicator_code", "hospital_slug");
        assertThat(copied()).isEqualTo("2,800,2023,beds_open,a\n");
    }

    @Test
    void keepsQuotedCommasQuotesAndLineBreaksAndCountsLinesAcrossThem() throws Exception {
        CsvStager.Staged staged = stage("hospital_slug,indicator_code,year,value\n"
                + "\"a,\"\"b\"\"\nc\",beds_open,2023,800\n"
                + "d,beds_open,2023,900\n");

        assertThat(copied()).isEqualTo("2,\"a,\"\"b\"\"\nc\",beds_open,2023,800\n4,d,beds_open,2023,900\n");
        assertThat(staged.rows()).isEqualTo(2);
    }

    @Test
    void leavesOutBlankLinesAndRecordsWithTheWrongNumberOfFieldsNamingThem() throws Exception {
        CsvStager.Staged staged = stage("hospital_slug,indicator_code,year,value\n"
                + "a,beds_open,2023,800\n"
                + "\n"
                + "b,beds_open,2023\n"
                + "c,beds_open,2023,900,extra\n"
                + "d,beds_open,2023,1000");

        assertThat(copied()).isEqualTo("2,a,beds_open,2023,800\n6,d,beds_open,2023,1000\n");
        assertThat(staged.rows()).isEqualTo(2);
        assertThat(staged.rejectedCount()).isEqualTo(2);
        assertThat(staged.rejected())
                .containsExactly(
                        new RejectedRow(4, "expected 4 fields as in the header, found 3"),
                        new RejectedRow(5, "expected 4 fields as in the header, found 5"));
    }

    @Test
    void namesAQuotedFieldLeftOpenAtTheEnd() throws Exception {
        CsvStager.Staged staged =
                stage("hospital_slug,indicator_code,year,value\na,beds_open,2023,800\n\"b,beds_open,2023,9\n");

        assertThat(copied()).isEqualTo("2,a,beds_open,2023,800\n");
        assertThat(staged.rejected())
                .containsExactly(new RejectedRow(3, "a quoted field is not closed before the end of the file"));
    }

    @Test
    void streamsFilesLargerThanItsBuffersInPieces() throws Exception {
        StringBuilder csv = new StringBuilder("hospital_slug,indicator_code,year,value\n");
        for (int i = 0; i < 100_000; i++) {
            csv.append("hospital-")
                    .append(i)
                    .append(",beds_open,2023,")
                    .append(i)
                    .append('\n');
        }

        CsvStager.Staged staged = stage(csv.toString());

        assertThat(staged.rows()).isEqualTo(100_000);
        String[] lines = copied().split("\n");
        assertThat(lines).hasSize(100_000);
        assertThat(lines[99_999]).isEqualTo("100001,hospital-99999,beds_open,2023,99999");
    }

    @Test
    void refusesAHeaderWithUnknownRepeatedOrMissingColumns() {
        assertThatThrownBy(() -> stage("hospital,indicator_code,year,year\nx\n"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).errors())
                        .extracting(InvalidInputException.FieldError::message)
                        .anySatisfy(m -> assertThat(m).startsWith("unknown column 'hospital'"))
                        .anySatisfy(m -> assertThat(m).isEqualTo("column 'year' appears twice"))
                        .anySatisfy(m -> assertThat(m).isEqualTo("missing column 'hospital_slug'"))
                        .anySatisfy(m -> assertThat(m).isEqualTo("missing column 'value'")));
        assertThat(openedWith).isNull();
    }

    @Test
    void refusesAnEmptyBody() {
        assertThatThrownBy(() -> stage(""))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("is empty");
    }

    private CsvStager.Staged stage(String csv) throws SQLException, IOException {
        return stager.stream(values, new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), header -> {
            openedWith = header;
            return new CsvStager.Sink() {
                @Override
                public void write(byte[] bytes, int length) {
                    copied.write(bytes, 0, length);
                }

                @Override
                public void end() {}

                @Override
                public void cancel() {}
            };
        });
    }

    private String copied() {
        return copied.toString(StandardCharsets.UTF_8);
    }
}
