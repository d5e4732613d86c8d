package org.hospitalatlas.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.hospitalatlas.support.Api;
import org.hospitalatlas.support.IntegrationTest;
import org.hospitalatlas.support.RawHttp;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestContextManager;

/**
 * A property (jqwik) over every query parameter of every GET endpoint in the OpenAPI document, so new parameters
 * are covered as they are added: whatever value is sent — random text, control characters, huge numbers, raw or
 * encoded %-sequences, long strings, SQL and JSON meta characters — the answer is never a 5xx, and a 4xx is
 * problem+json. jqwik runs it outside Spring's JUnit extension, so the test asks Spring's test context cache for
 * the one application context all integration tests share.
 */
@IntegrationTest
class GetParameterPropertiesIT {

    private static List<Target> targets;
    private static RawHttp http;

    /** One query parameter of one GET path (path variables filled with existing resources). */
    record Target(String path, String parameter) {}

    /** A value for the parameter, sent percent-encoded, or as it is when {@code raw} (ASCII %-sequences only). */
    record Request(Target target, String value, boolean raw) {

        String requestTarget() {
            String encoded = raw ? value : Api.encode(value);
            return target.path() + "?" + target.parameter() + "=" + encoded;
        }

        @Override
        public String toString() {
            return requestTarget().length() > 200
                    ? requestTarget().substring(0, 200) + "…(" + requestTarget().length() + " chars)"
                    : requestTarget();
        }
    }

    @BeforeContainer
    static void findEndpoints() throws Exception {
        ApplicationContext context = new TestContextManager(GetParameterPropertiesIT.class)
                .getTestContext()
                .getApplicationContext();
        int port = Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port"));
        http = new RawHttp(port);
        targets = new ArrayList<>();
        for (HostileInputIT.Endpoint endpoint : HostileInputIT.getEndpoints(new Api(port))) {
            for (String parameter : endpoint.parameters()) {
                targets.add(new Target(endpoint.path(), parameter));
            }
        }
        assertThat(targets).hasSizeGreaterThan(50);
    }

    @Property(tries = 400)
    void noValueOfAnyGetParameterIsAServerErrorAndEvery4xxIsAProblem(@ForAll("requests") Request request) {
        RawHttp.Response response = http.send("GET", request.requestTarget());
        assertThat(response.status()).as(request + " → " + response.body()).isLessThan(500);
        if (response.status() >= 400) {
            assertThat(response.header("Content-Type"))
                    .as(request + " → " + response.status())
                    .startsWith("application/problem+json");
            assertThat(response.json().get("status").asInt()).isEqualTo(response.status());
        }
    }

    @Provide
    Arbitrary<Request> requests() {
        Arbitrary<Target> target = Arbitraries.of(targets);
        Arbitrary<Request> encoded =
                Combinators.combine(target, hostileValues()).as((t, value) -> new Request(t, value, false));
        Arbitrary<Request> raw =
                Combinators.combine(target, percentSequences()).as((t, value) -> new Request(t, value, true));
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, encoded), net.jqwik.api.Tuple.of(1, raw));
    }

    private static Arbitrary<String> hostileValues() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(20),
                Arbitraries.strings()
                        .withCharRange('\0', '\u001f')
                        .ofMinLength(1)
                        .ofMaxLength(5),
                Arbitraries.strings()
                        .withCharRange('\u4e00', '\u9fff')
                        .withChars("湖北省医院")
                        .ofMaxLength(30),
                Arbitraries.strings()
                        .numeric()
                        .withChars("-.eE+")
                        .ofMinLength(1)
                        .ofMaxLength(400),
                Arbitraries.bigIntegers()
                        .between(java.math.BigInteger.TEN.pow(30).negate(), java.math.BigInteger.TEN.pow(30))
                        .map(java.math.BigInteger::toString),
                Arbitraries.strings().ascii().ofMinLength(2000).ofMaxLength(9000),
                Arbitraries.of(
                        "",
                        " ",
                        "%",
                        "%00",
                        "%zz",
                        "'",
                        "\"",
                        "\\",
                        "' or 1=1 --",
                        "'); drop table hospital; --",
                        "{\"a\":[1,{}]}",
                        "]}",
                        "$where",
                        "latest",
                        "-1",
                        "0",
                        "2147483648",
                        "-2147483649",
                        "9223372036854775808",
                        "1e400",
                        "NaN",
                        "Infinity",
                        "0x10",
                        ",,,,",
                        "a,".repeat(300),
                        "\uFFFF",
                        "\uD800",
                        "𝕏",
                        "\u202E",
                        "\u0000",
                        "湖北\u0000",
                        "x".repeat(5000)));
    }

    /** Sent unencoded: %-sequences Tomcat must decode, broken, overlong or truncated ones among them. */
    private static Arbitrary<String> percentSequences() {
        Arbitrary<String> escape = Arbitraries.oneOf(
                Arbitraries.integers().between(0, 255).map(b -> String.format("%%%02X", b)),
                Arbitraries.of("%", "%z", "%zz", "%E4%B8", "%C0%AE", "%ED%A0%80", "%FF%FE", "%25", "%2"));
        return escape.list()
                .ofMinSize(1)
                .ofMaxSize(6)
                .map(parts -> String.join("", parts))
                .filter(value -> value.getBytes(StandardCharsets.US_ASCII).length == value.length());
    }
}
