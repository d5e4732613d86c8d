package org.hospitalatlas.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ExtractCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final ExtractCommand command = new ExtractCommand(
            new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

    @Test
    void printsOneJsonLinePerFile(@TempDir Path folder) throws IOException {
        Path a = Files.writeString(folder.resolve("a.txt"), "2021年，德阳市人民医院实际开放床位1800张。");
        Path b = Files.writeString(folder.resolve("b.txt"), "2020年，绵阳市中心医院出院人次8.2万。");

        int status = command.execute(new String[] {a.toString(), b.toString()});

        assertThat(status).isZero();
        String[] lines = out.toString(StandardCharsets.UTF_8).strip().split("\n");
        assertThat(lines).hasSize(2);
        JsonNode first = JsonMapper.builder().build().readTree(lines[0]);
        assertThat(first.get("document").asString()).isEqualTo("a");
        JsonNode beds = first.get("indicators").get(0);
        assertThat(beds.get("code").asString()).isEqualTo("beds_open");
        assertThat(beds.get("value").asInt()).isEqualTo(1800);
        assertThat(beds.get("year").asInt()).isEqualTo(2021);
        assertThat(beds.get("quote").asString()).contains("1800张");
    }

    @Test
    void extractsTheSeedWithFullHospitalNames() {
        int status = command.execute(new String[] {"seeds/000_dbe0950c11f56caa.txt"});

        assertThat(status).isZero();
        JsonNode facts = JsonMapper.builder().build().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(facts.get("hospitals").findValuesAsString("name")).contains("郴州市第一人民医院");
        boolean foundVisits = false;
        for (JsonNode indicator : facts.get("indicators")) {
            if (indicator.get("code").asString().equals("outpatient_visits")
                    && indicator.get("year").asInt() == 2021) {
                assertThat(indicator.get("hospital").asString()).isEqualTo("郴州市第一人民医院");
                assertThat(indicator.get("value").decimalValue()).isEqualByComparingTo("2484000");
                foundVisits = true;
            }
        }
        assertThat(foundVisits).isTrue();
    }

    @Test
    void nonUtf8FileExitsWithTwoAndSaysWhy(@TempDir Path folder) throws IOException {
        Path gbk = Files.write(folder.resolve("gbk.txt"), "郴州市第一人民医院".getBytes(Charset.forName("GBK")));

        int status = command.execute(new String[] {gbk.toString()});

        assertThat(status).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("gbk.txt").contains("not UTF-8");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void missingFileExitsWithTwo() {
        int status = command.execute(new String[] {"no/such/file.txt"});

        assertThat(status).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no such file");
    }

    @Test
    void badPublicationDateIsAUsageError() {
        int status = command.execute(new String[] {"--published-on", "yesterday", "seeds/000_dbe0950c11f56caa.txt"});

        assertThat(status).isEqualTo(64);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--published-on");
    }
}
