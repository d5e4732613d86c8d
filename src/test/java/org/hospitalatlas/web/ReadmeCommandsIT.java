package org.hospitalatlas.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hospitalatlas.support.Api;
import org.hospitalatlas.support.IntegrationTest;
import org.hospitalatlas.support.RawHttp;
import org.hospitalatlas.synthetic.GeneratorSettings;
import org.hospitalatlas.synthetic.NationalDataGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every {@code curl} command of the README (in its bash blocks), parsed as curl would read it (-G with -d and
 * --data-urlencode, -X, -H headers, --data-binary and -T bodies, shell variables set in the block) and sent to the
 * app: the README cannot drift from the API unnoticed. The test app loads the five seeds only (the real corpus is
 * off here), so a read that names a real-corpus document or hospital, or the tour's deliberate typo, must answer a
 * clear 4xx; every other read must answer 200. The writes run in the README's order with the test's API key and
 * must answer the status their comment states (200 without one), and what the README posts it also withdraws.
 */
@IntegrationTest
class ReadmeCommandsIT {

    /** Names that exist only with the real corpus loaded, and the tour's deliberate mistakes. */
    private static final List<String> NOT_IN_THE_SEEDS = List.of(
            "real-",
            "wei-fang-",
            "zhong-qing-shi-da-zu-",
            "doc-",
            "beds_opn",
            "no-such-",
            "size=10000",
            "consortium-nan-yang");

    private static final Pattern BASH_BLOCK = Pattern.compile("```bash\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern ASSIGNMENT = Pattern.compile("^([A-Z]+)=(\\S+)$");
    private static final Pattern COMMENT = Pattern.compile("\\s+#(.*)$");
    private static final Pattern TOKEN = Pattern.compile("'([^']*)'|\"([^\"]*)\"|(\\S+)");

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    /** A review of a figure by id ("/api/v1/facts/indicator-values/1/reviews"). */
    private static final Pattern REVIEWED_FIGURE = Pattern.compile("/api/v1/facts/indicator-values/([0-9]+)/reviews");

    /** The README's example document, as its DELETE names it: posting report.txt stores this slug. */
    private static final String EXAMPLE_DOCUMENT = "/api/v1/documents/doc-12a115078de394a1";

    /** The folder the README's import commands read, filled by {@code generate} there. */
    private static final String GENERATED_SET = "target/national/";

    /** A status at the start of a command's comment or after an arrow: "# 201 + Location", "# … → 200". */
    private static final Pattern STATED_STATUS = Pattern.compile("(?:^|→\\s*)([1-5]\\d\\d)\\b");

    @TempDir
    Path generated;

    /**
     * One curl command: its method, URL (with -G's query), headers as name, value pairs, the body (a file for
     * {@code @file} and -T, else the literal) and the status its comment states, when it states one.
     */
    record Command(
            String line, String method, String url, List<String> headers, String body, boolean bodyIsFile, int stated) {

        boolean write() {
            return !method.equals("GET");
        }
    }

    @Test
    void everyReadCommandOfTheTourAnswers() throws IOException {
        List<Command> commands = readCommands(Files.readString(Path.of("README.md"))).stream()
                .filter(c -> !c.write())
                .toList();
        assertThat(commands).as("the tour's read commands").hasSizeGreaterThan(25);
        Api api = new Api(port);
        for (Command c : commands) {
            String path = c.url().replaceFirst("^http://localhost:8080", "");
            Api.Response response = api.get(path, c.headers().toArray(String[]::new));
            boolean seedsOnly = NOT_IN_THE_SEEDS.stream().noneMatch(c.url()::contains);
            if (seedsOnly) {
                assertThat(response.status()).as(c.line()).isEqualTo(200);
            } else {
                assertThat(response.status()).as(c.line()).isBetween(200, 499);
            }
        }
    }

    @Test
    void everyWriteCommandAnswersAsTheReadmeSaysAndLeavesNoDocumentBehind() throws IOException {
        List<Command> writes = readCommands(Files.readString(Path.of("README.md"))).stream()
                .filter(Command::write)
                .toList();
        assertThat(writes)
                .extracting(c -> c.method() + " " + c.url().replaceFirst("\\?.*", ""))
                .contains(
                        "POST http://localhost:8080/api/v1/documents",
                        "DELETE http://localhost:8080" + EXAMPLE_DOCUMENT,
                        "POST http://localhost:8080/api/v1/extractions",
                        "POST http://localhost:8080/api/v1/imports/hospitals",
                        "POST http://localhost:8080/api/v1/imports/indicator-values");
        // what `generate` writes under target/national, small; the same set as BulkImportCliIT's, so that the
        // README's imports add no hospital the other tests do not already meet
        new NationalDataGenerator(new GeneratorSettings(20, 2023, 2024, 99, 3)).writeTo(generated);
        // a client of its own (a loopback address no other test uses): the extractor's allowance is per client
        RawHttp client = new RawHttp(port, "127.0.0.31");
        String key = IntegrationTest.API_KEY;
        client.send("DELETE", EXAMPLE_DOCUMENT, "X-API-Key: " + key); // as on a fresh clone

        // the README reviews seed figures by id (a correction changes a value other tests read): kept to be restored
        List<Long> reviewed = writes.stream()
                .map(c -> REVIEWED_FIGURE.matcher(c.url()))
                .filter(Matcher::find)
                .map(m -> Long.valueOf(m.group(1)))
                .distinct()
                .toList();
        List<Map<String, Object>> before = reviewed.stream()
                .map(id -> jdbc.sql("select * from indicator_value where id = :id")
                        .param("id", id)
                        .query()
                        .singleRow())
                .toList();
        String posted = null;
        try {
            for (Command c : writes) {
                RawHttp.Response response = client.send(
                        c.method(), c.url().replaceFirst("^http://localhost:8080", ""), body(c), headers(c, key));
                int expected = c.stated() > 0 ? c.stated() : 200;
                assertThat(response.status())
                        .as(c.line() + "\n" + response.body())
                        .isEqualTo(expected);
                if (response.status() == 201 && c.url().contains("/api/v1/documents")) {
                    posted = response.header("Location");
                }
            }
        } finally {
            for (Map<String, Object> row : before) {
                jdbc.sql("""
                                update indicator_value set value = :value, year = :year,
                                       hospital_id = :hospital, review_state = :state, reviewed_by = :by,
                                       reviewed_at = :at
                                where id = :id""")
                        .param("value", row.get("value"))
                        .param("year", row.get("year"))
                        .param("hospital", row.get("hospital_id"))
                        .param("state", row.get("review_state"))
                        .param("by", row.get("reviewed_by"))
                        .param("at", row.get("reviewed_at"))
                        .param("id", row.get("id"))
                        .update();
                jdbc.sql("delete from fact_review where fact_kind = 'indicator_value' and fact_id = :id")
                        .param("id", row.get("id"))
                        .update();
            }
        }

        // the README's DELETE withdraws what its POST stored: following it leaves no document behind
        assertThat(posted).endsWith(EXAMPLE_DOCUMENT);
        assertThat(client.send("GET", EXAMPLE_DOCUMENT).status()).isEqualTo(404);
        // "a second DELETE → 404"
        assertThat(client.send("DELETE", EXAMPLE_DOCUMENT, "X-API-Key: " + key).status())
                .isEqualTo(404);
    }

    private byte[] body(Command c) throws IOException {
        if (c.body() == null) {
            return null;
        }
        if (!c.bodyIsFile()) {
            return c.body().getBytes(StandardCharsets.UTF_8);
        }
        String file = c.body();
        Path path = file.startsWith(GENERATED_SET)
                ? generated.resolve(file.substring(GENERATED_SET.length()))
                : Path.of(file);
        return Files.readAllBytes(path);
    }

    /** The command's headers as header lines, the README's key replaced by the test's. */
    private static String[] headers(Command c, String key) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i + 1 < c.headers().size(); i += 2) {
            String name = c.headers().get(i);
            String value =
                    name.equalsIgnoreCase("X-API-Key") ? key : c.headers().get(i + 1);
            lines.add(name + ": " + value);
        }
        return lines.toArray(String[]::new);
    }

    static List<Command> readCommands(String readme) {
        List<Command> out = new ArrayList<>();
        Matcher block = BASH_BLOCK.matcher(readme);
        while (block.find()) {
            Map<String, String> variables = new java.util.HashMap<>();
            String joined = block.group(1).replace("\\\n", " ");
            for (String raw : joined.split("\n")) {
                Matcher hash = COMMENT.matcher(raw);
                boolean commented = hash.find();
                String line = (commented ? raw.substring(0, hash.start()) : raw).strip();
                String comment = commented ? hash.group(1).strip() : "";
                Matcher assignment = ASSIGNMENT.matcher(line);
                if (assignment.matches()) {
                    variables.put(assignment.group(1), assignment.group(2));
                    continue;
                }
                if (!line.startsWith("curl ")) {
                    continue;
                }
                for (var v : variables.entrySet()) {
                    line = line.replace("$" + v.getKey(), v.getValue());
                }
                Matcher stated = STATED_STATUS.matcher(comment);
                Command command = parse(line, stated.find() ? Integer.parseInt(stated.group(1)) : 0);
                if (command != null) {
                    out.add(command);
                }
            }
        }
        return out;
    }

    private static Command parse(String line, int stated) {
        List<String> tokens = new ArrayList<>();
        Matcher t = TOKEN.matcher(line);
        while (t.find()) {
            tokens.add(t.group(1) != null ? t.group(1) : t.group(2) != null ? t.group(2) : t.group(3));
        }
        String url = null;
        String method = null;
        String body = null;
        boolean bodyIsFile = false;
        boolean upload = false;
        List<String> query = new ArrayList<>();
        List<String> headers = new ArrayList<>();
        for (int i = 1; i < tokens.size(); i++) {
            String token = tokens.get(i);
            switch (token) {
                case "-X" -> method = tokens.get(++i);
                case "--data-binary" -> {
                    body = tokens.get(++i);
                    bodyIsFile = body.startsWith("@");
                    body = bodyIsFile ? body.substring(1) : body;
                }
                case "-T" -> {
                    body = tokens.get(++i);
                    bodyIsFile = true;
                    upload = true;
                }
                case "-d" -> query.add(tokens.get(++i));
                case "--data-urlencode" -> {
                    String[] pair = tokens.get(++i).split("=", 2);
                    query.add(pair[0] + "=" + URLEncoder.encode(pair[1], StandardCharsets.UTF_8));
                }
                case "-H" -> {
                    String[] header = tokens.get(++i).split(":\\s*", 2);
                    headers.add(header[0]);
                    headers.add(header[1]);
                }
                case "-o", "-w" -> i++;
                case "-G", "-s", "-i", "-I", "-sS", "-f" -> {}
                default -> {
                    if (token.startsWith("http://localhost:8080")) {
                        url = token;
                    }
                }
            }
        }
        if (url == null) {
            return null;
        }
        if (!query.isEmpty()) {
            url += (url.contains("?") ? "&" : "?") + String.join("&", query);
        }
        if (method == null) {
            method = body == null ? "GET" : upload ? "PUT" : "POST"; // as curl without -X
        }
        return new Command(line, method, url, headers, body, bodyIsFile, stated);
    }
}
