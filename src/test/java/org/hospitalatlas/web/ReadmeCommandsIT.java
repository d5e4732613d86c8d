package org.hospitalatlas.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hospitalatlas.support.Api;
import org.hospitalatlas.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every read command of the README's tour (a {@code curl} in a bash block without -X), parsed as curl would read it
 * (-G with -d and --data-urlencode, -H headers, shell variables set in the block) and sent to the app: the README
 * cannot drift from the API unnoticed. The test app loads the five seeds only (the real corpus is off here), so a
 * command that names a real-corpus document or hospital, or the tour's deliberate typo, must answer a clear 4xx;
 * every other command must answer 200.
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
    private static final Pattern TOKEN = Pattern.compile("'([^']*)'|\"([^\"]*)\"|(\\S+)");

    @LocalServerPort
    int port;

    record Command(String line, String url, List<String> headers) {}

    @Test
    void everyReadCommandOfTheTourAnswers() throws IOException {
        List<Command> commands = readCommands(Files.readString(Path.of("README.md")));
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

    static List<Command> readCommands(String readme) {
        List<Command> out = new ArrayList<>();
        Matcher block = BASH_BLOCK.matcher(readme);
        while (block.find()) {
            java.util.Map<String, String> variables = new java.util.HashMap<>();
            String joined = block.group(1).replace("\\\n", " ");
            for (String raw : joined.split("\n")) {
                String line = raw.replaceFirst("\\s+#.*$", "").strip();
                Matcher assignment = ASSIGNMENT.matcher(line);
                if (assignment.matches()) {
                    variables.put(assignment.group(1), assignment.group(2));
                    continue;
                }
                if (!line.startsWith("curl ") || line.contains(" -X ") || line.contains(" -T ")) {
                    continue;
                }
                for (var v : variables.entrySet()) {
                    line = line.replace("$" + v.getKey(), v.getValue());
                }
                Command command = parse(line);
                if (command != null) {
                    out.add(command);
                }
            }
        }
        return out;
    }

    private static Command parse(String line) {
        List<String> tokens = new ArrayList<>();
        Matcher t = TOKEN.matcher(line);
        while (t.find()) {
            tokens.add(t.group(1) != null ? t.group(1) : t.group(2) != null ? t.group(2) : t.group(3));
        }
        String url = null;
        List<String> query = new ArrayList<>();
        List<String> headers = new ArrayList<>();
        for (int i = 1; i < tokens.size(); i++) {
            String token = tokens.get(i);
            switch (token) {
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
        return new Command(line, url, headers);
    }
}
