import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load of bench/soak.sh: mixed reads and writes against a running app on loopback at a steady rate (requests
 * are started on a fixed schedule, whatever the answers take), for a given time. Prints errors (anything but
 * 2xx/304, or no answer within 30 s) with their first answers, and latency percentiles per kind of request.
 * Then, with a PID, the graceful-shutdown check: large extractions in flight, SIGTERM, every one must still be
 * answered 200.
 *
 * <p>Run with the JDK's source launcher: java bench/SoakClient.java BASE SECONDS RATE API_KEY [APP_PID|none]
 */
public class SoakClient {

    record Kind(String name, int weight) {}

    /** The mix, per 100 requests: mostly dashboard reads, some extractor runs and writes. */
    static final List<Kind> MIX = List.of(
            new Kind("GET hospitals (list, filters)", 24),
            new Kind("GET hospital (one)", 12),
            new Kind("GET hospital indicators", 8),
            new Kind("GET indicators", 6),
            new Kind("GET ranking", 10),
            new Kind("GET compare matrix", 8),
            new Kind("GET coverage", 4),
            new Kind("GET consortia / pilots", 8),
            new Kind("GET documents", 6),
            new Kind("POST extractions", 4),
            new Kind("POST documents (new text)", 7),
            new Kind("POST imports/hospitals (1 row)", 3));

    static final String[] PROVINCES = {"湖北", "湖南", "广东", "浙江", "四川", "山东", "河南", "福建"};
    static final String[] INDICATORS = {"beds_open", "discharges", "outpatient_visits", "inpatient_surgeries"};

    final HttpClient client = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1)
            .build();
    final String base;
    final String apiKey;
    final List<String> slugs = new ArrayList<>();
    final List<String> reportTexts = new ArrayList<>();
    final Map<String, ConcurrentLinkedQueue<Long>> latencies = new ConcurrentHashMap<>();
    final Map<String, AtomicLong> errorsByKind = new ConcurrentHashMap<>();
    final ConcurrentLinkedQueue<String> firstErrors = new ConcurrentLinkedQueue<>();
    final AtomicLong unique = new AtomicLong(System.currentTimeMillis());

    SoakClient(String base, String apiKey) {
        this.base = base;
        this.apiKey = apiKey;
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int seconds = Integer.parseInt(args[1]);
        double rate = Double.parseDouble(args[2]);
        SoakClient soak = new SoakClient(base, args[3]);
        soak.prepare();
        soak.run(seconds, rate);
        soak.report();
        boolean graceful = args.length <= 4 || args[4].equals("none") || soak.gracefulShutdown(Long.parseLong(args[4]));
        System.exit(soak.errors() > 0 ? 2 : graceful ? 0 : 3);
    }

    void prepare() throws Exception {
        String hospitals = send(get("/api/v1/hospitals?size=200&sort=name")).body();
        Matcher slug = Pattern.compile("\"slug\":\"([^\"]+)\"").matcher(hospitals);
        while (slug.find()) {
            slugs.add(slug.group(1));
        }
        if (slugs.size() < 2) {
            throw new IllegalStateException("the app has fewer than two hospitals: " + hospitals);
        }
        // the seeds and the first real texts: what the app reads in production
        for (Path folder : List.of(Path.of("seeds"), Path.of("seeds", "real"))) {
            if (Files.isDirectory(folder)) {
                try (var files = Files.list(folder)) {
                    files.filter(f -> f.toString().endsWith(".txt"))
                            .sorted()
                            .limit(10)
                            .forEach(f -> reportTexts.add(read(f)));
                }
            }
        }
        if (reportTexts.isEmpty()) {
            reportTexts.add("2021年，德阳市人民医院实际开放床位1800张，出院病人6.5万人次。");
        }
        System.out.printf("prepared: %d hospital slugs, %d report texts%n", slugs.size(), reportTexts.size());
    }

    void run(int seconds, double rate) throws Exception {
        ExecutorService workers = Executors.newFixedThreadPool(64);
        long total = Math.round(seconds * rate);
        long intervalNanos = Math.round(1e9 / rate);
        long start = System.nanoTime();
        Random random = new Random(42);
        int weights = MIX.stream().mapToInt(Kind::weight).sum();
        List<Future<?>> inFlight = new ArrayList<>();
        long late = 0;
        for (long i = 0; i < total; i++) {
            long due = start + i * intervalNanos;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            } else if (-wait > 100_000_000L) {
                late++;
            }
            int pick = random.nextInt(weights);
            Kind kind = MIX.get(0);
            for (Kind k : MIX) {
                if ((pick -= k.weight()) < 0) {
                    kind = k;
                    break;
                }
            }
            HttpRequest request = request(kind.name(), new Random(random.nextLong()));
            String name = kind.name();
            inFlight.add(workers.submit(() -> timed(name, request)));
            if (inFlight.size() > 10_000) {
                inFlight.removeIf(Future::isDone);
            }
            if (i > 0 && i % Math.max(1, Math.round(rate * 60)) == 0) {
                System.out.printf(
                        "  %3.0f s: %d requests sent, %d errors so far%n",
                        (System.nanoTime() - start) / 1e9, i, errors());
            }
        }
        for (Future<?> future : inFlight) {
            future.get(60, TimeUnit.SECONDS);
        }
        workers.shutdown();
        double elapsed = (System.nanoTime() - start) / 1e9;
        System.out.printf(
                "sent %d requests in %.1f s (%.1f/s scheduled, %.1f/s achieved); %d started over 100 ms late%n",
                total, elapsed, rate, total / elapsed, late);
    }

    HttpRequest request(String kind, Random r) {
        String a = slugs.get(r.nextInt(slugs.size()));
        String b = slugs.get(r.nextInt(slugs.size()));
        String indicator = INDICATORS[r.nextInt(INDICATORS.length)];
        return switch (kind) {
            case "GET hospitals (list, filters)" -> r.nextBoolean()
                    ? get("/api/v1/hospitals?size=20&page=" + r.nextInt(5) + "&sort=name")
                    : get("/api/v1/hospitals?size=20&province=" + enc(PROVINCES[r.nextInt(PROVINCES.length)]));
            case "GET hospital (one)" -> get("/api/v1/hospitals/" + a);
            case "GET hospital indicators" -> r.nextBoolean()
                    ? get("/api/v1/hospitals/" + a + "/indicators")
                    : get("/api/v1/hospitals/" + a + "/profile");
            case "GET indicators" -> get("/api/v1/indicators");
            case "GET ranking" -> get("/api/v1/indicators/" + indicator + "/ranking?year=latest&size=50");
            case "GET compare matrix" -> r.nextBoolean()
                    ? get("/api/v1/compare/matrix?hospitals=" + a + "," + b + "&indicators=beds_open,discharges")
                    : get("/api/v1/compare?indicator=" + indicator + "&hospitals=" + a + "," + b + "&year=latest");
            case "GET coverage" -> get("/api/v1/coverage?indicators=beds_open,discharges,outpatient_visits");
            case "GET consortia / pilots" -> r.nextBoolean()
                    ? get("/api/v1/consortia?sort=members")
                    : get("/api/v1/reform-pilots?size=50");
            case "GET documents" -> get("/api/v1/documents?size=20");
            case "POST extractions" -> post("/api/v1/extractions", text(r), false);
            case "POST documents (new text)" -> post(
                    "/api/v1/documents",
                    text(r) + "\n（浸泡测试 " + unique.incrementAndGet() + "）",
                    true);
            case "POST imports/hospitals (1 row)" -> {
                long n = unique.incrementAndGet();
                String csv = "slug,name_zh,province\nsoak-" + n + ",浸泡测试医院" + n + ",湖北\n";
                yield HttpRequest.newBuilder(URI.create(base + "/api/v1/imports/hospitals?filename=soak.csv"))
                        .timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "text/csv")
                        .header("X-API-Key", apiKey)
                        .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8))
                        .build();
            }
            default -> throw new IllegalArgumentException(kind);
        };
    }

    String text(Random r) {
        return reportTexts.get(r.nextInt(reportTexts.size()));
    }

    HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30))
                .GET()
                .build();
    }

    HttpRequest post(String path, String body, boolean key) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "text/plain;charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (key) {
            builder.header("X-API-Key", apiKey);
        }
        return builder.build();
    }

    void timed(String kind, HttpRequest request) {
        long started = System.nanoTime();
        String problem = null;
        try {
            HttpResponse<String> response = send(request);
            int status = response.statusCode();
            if (!(status >= 200 && status < 300) && status != 304) {
                String body = response.body();
                problem = status + " " + body.substring(0, Math.min(200, body.length()));
            }
        } catch (IOException | RuntimeException e) {
            problem = e.getClass().getSimpleName() + ": " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            problem = "interrupted";
        }
        long micros = (System.nanoTime() - started) / 1000;
        latencies.computeIfAbsent(kind, k -> new ConcurrentLinkedQueue<>()).add(micros);
        latencies.computeIfAbsent("all", k -> new ConcurrentLinkedQueue<>()).add(micros);
        if (problem != null) {
            errorsByKind.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
            if (firstErrors.size() < 20) {
                firstErrors.add(kind + " " + request.uri().getRawPath() + ": " + problem);
            }
        }
    }

    HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    long errors() {
        return errorsByKind.values().stream().mapToLong(AtomicLong::get).sum();
    }

    void report() {
        System.out.printf("errors: %d%n", errors());
        errorsByKind.forEach((kind, count) -> System.out.printf("  %s: %d%n", kind, count.get()));
        firstErrors.forEach(error -> System.out.println("  first errors: " + error));
        System.out.printf(
                "%-34s %8s %8s %8s %8s %8s%n", "latency (ms)", "count", "p50", "p90", "p99", "max");
        Map<String, ConcurrentLinkedQueue<Long>> sorted = new TreeMap<>(latencies);
        sorted.remove("all");
        sorted.forEach(this::line);
        line("all", latencies.getOrDefault("all", new ConcurrentLinkedQueue<>()));
    }

    void line(String kind, ConcurrentLinkedQueue<Long> values) {
        long[] micros = values.stream().mapToLong(Long::longValue).sorted().toArray();
        if (micros.length == 0) {
            return;
        }
        System.out.printf(
                "%-34s %8d %8.1f %8.1f %8.1f %8.1f%n",
                kind,
                micros.length,
                percentile(micros, 50),
                percentile(micros, 90),
                percentile(micros, 99),
                micros[micros.length - 1] / 1000.0);
    }

    static double percentile(long[] sorted, double p) {
        int index = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1000.0;
    }

    /**
     * Graceful shutdown: eight extractions of a large text (the seeds and real texts repeated to about 300 KB each)
     * are sent, the app gets SIGTERM while they run, and every one must still be answered 200.
     */
    boolean gracefulShutdown(long pid) throws Exception {
        StringBuilder large = new StringBuilder();
        while (large.length() < 100_000) {
            for (String text : reportTexts) {
                large.append(text).append('\n');
            }
        }
        String body = large.toString();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<String>> answers = new ArrayList<>();
        long started = System.nanoTime();
        for (int i = 0; i < 8; i++) {
            answers.add(pool.submit(() -> {
                HttpResponse<String> response = send(HttpRequest.newBuilder(
                                URI.create(base + "/api/v1/extractions"))
                        .timeout(Duration.ofSeconds(60))
                        .header("Content-Type", "text/plain;charset=UTF-8")
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                        .build());
                return response.statusCode() + " after "
                        + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started) + " ms";
            }));
        }
        Thread.sleep(300);
        ProcessHandle app = ProcessHandle.of(pid).orElseThrow();
        long signalled = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        app.destroy(); // SIGTERM
        List<String> results = new ArrayList<>();
        int ok = 0;
        for (Future<String> answer : answers) {
            String result;
            try {
                result = answer.get(90, TimeUnit.SECONDS);
            } catch (Exception e) {
                result = "no answer: " + e.getCause();
            }
            ok += result.startsWith("200 ") ? 1 : 0;
            results.add(result);
        }
        pool.shutdown();
        boolean exited = app.onExit().get(90, TimeUnit.SECONDS) != null;
        System.out.printf(
                "graceful shutdown: SIGTERM %d ms after 8 extractions of %d KB were sent; %d of 8 answered 200 (%s);"
                        + " the app %s%n",
                signalled,
                body.getBytes(StandardCharsets.UTF_8).length / 1024,
                ok,
                String.join(", ", results),
                exited ? "exited" : "did not exit within 90 s");
        return ok == 8;
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
