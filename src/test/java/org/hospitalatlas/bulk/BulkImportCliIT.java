package org.hospitalatlas.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.hospitalatlas.support.IntegrationTest;
import org.hospitalatlas.synthetic.GeneratorSettings;
import org.hospitalatlas.synthetic.NationalDataGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the packaged jar's {@code import} commands as a user would, against this test run's database: a
 * generated set and a folder of generated reports. (Each run starts a JVM with Spring: kept to two; what a
 * rejected file answers is covered by {@link BulkImportApiIT}.)
 */
@IntegrationTest
class BulkImportCliIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path dir;

    record Run(int status, String out, String err) {}

    @Test
    void importsAGeneratedSetFromTheCommandLine() throws Exception {
        new NationalDataGenerator(new GeneratorSettings(20, 2023, 2024, 99, 3)).writeTo(dir);
        Run run = jar("import", "all", dir.toString(), "--dataset", "cli-set");

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out().lines().count()).as(run.out()).isEqualTo(5);
        assertThat(run.out()).contains("\"kind\":\"indicator-values\"").contains("\"inserted\":1960");
        long values = jdbc.sql("select count(*) from indicator_value v join source_document d on d.id = v.document_id"
                        + " where d.slug = 'import-cli-set'")
                .query(Long.class)
                .single();
        assertThat(values).isEqualTo(20 * 49 * 2);
    }

    @Test
    void loadsAFolderOfDocumentsThroughTheDocumentImporter() throws Exception {
        new NationalDataGenerator(new GeneratorSettings(60, 2021, 2024, 1234, 4)).writeTo(dir);
        Path reports = dir.resolve("reports");
        Files.write(reports.resolve("zz-gbk.txt"), "2021年，某县人民医院出院人次1万。".getBytes(Charset.forName("GBK")));

        Run run = jar("import", "documents", reports.toString(), "--threads", "2");

        // one JSON report per file, in the files' order, then the totals; a file that failed makes it exit 1
        assertThat(run.status()).as(run.err()).isEqualTo(1);
        assertThat(run.err()).contains("import: zz-gbk.txt: not UTF-8 text");
        List<JsonNode> lines =
                run.out().lines().map(line -> JSON.readTree(line)).toList();
        assertThat(lines).as(run.out()).hasSize(6);
        for (int i = 0; i < 4; i++) {
            JsonNode report = lines.get(i);
            assertThat(report.get("file").asString()).isEqualTo("report-0000" + (i + 1) + ".txt");
            assertThat(report.get("slug").asString()).isEqualTo("report-0000" + (i + 1));
            assertThat(report.get("status").asString()).isEqualTo("created");
            assertThat(report.get("counts").get("hospitals").asInt()).isPositive();
        }
        JsonNode failed = lines.get(4);
        assertThat(failed.get("file").asString()).isEqualTo("zz-gbk.txt");
        assertThat(failed.get("status").asString()).isEqualTo("failed");
        assertThat(failed.get("failure").asString()).isEqualTo("not UTF-8 text");
        JsonNode totals = lines.get(5);
        assertThat(totals.get("documents").asInt()).isEqualTo(5);
        assertThat(totals.get("outcomes").get("created").asInt()).isEqualTo(4);
        assertThat(totals.get("outcomes").get("failed").asInt()).isEqualTo(1);
        assertThat(totals.has("documentsPerSecond")).isTrue();
        assertThat(jdbc.sql("select count(*) from source_document where slug like 'report-0000%'")
                        .query(Long.class)
                        .single())
                .isEqualTo(4);
    }

    @Test
    void refusesAnUnknownKind() throws Exception {
        Run run = jar("import", "patients", "x.csv");

        assertThat(run.status()).isEqualTo(64);
        assertThat(run.err()).contains("unknown kind 'patients'");
    }

    private Run jar(String... args) throws IOException, InterruptedException, SQLException {
        Path jar = Path.of(System.getProperty("hospital-atlas.jar", "target/hospital-atlas.jar"));
        assertThat(jar).exists();
        HikariDataSource hikari = dataSource.unwrap(HikariDataSource.class);
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // a JVM that starts quickest (the client compiler, one GC thread): the commands run for seconds, and
                // what they do does not depend on it
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-jar",
                jar.toString()));
        command.addAll(List.of(args));
        command.add("--spring.datasource.url=" + hikari.getJdbcUrl());
        command.add("--spring.datasource.username=" + hikari.getUsername());
        command.add("--spring.datasource.password=" + (hikari.getPassword() == null ? "" : hikari.getPassword()));
        Process process = new ProcessBuilder(command).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(
                process.exitValue(),
                new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }
}
