package org.hospitalatlas.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.hospitalatlas.support.Api;
import org.hospitalatlas.support.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The dashboard at {@code /} in Debian's headless Chromium, against the seeded app: every figure it
 * shows is checked against the API answer it came from. Never downloads a browser or a driver.
 */
@IntegrationTest
class DashboardBrowserIT {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String CHENZHOU = "chen-zhou-shi-di-yi-ren-min-yi-yuan";

    private static ChromeDriverService service;
    private static ChromeDriver browser;
    private static Path profile;

    @LocalServerPort
    int port;

    Api api;
    WebDriverWait wait;

    @BeforeAll
    static void startBrowser() throws IOException {
        boolean installed = CHROMIUM.canExecute() && CHROMEDRIVER.canExecute();
        String hint = "Install Debian's browser: apt-get install chromium chromium-driver";
        // under CI (CI set, as .ci/run and hosted runners do) a missing browser fails the build: a skip there
        // would pass the dashboard untested
        if (isCi(System.getenv("CI"))) {
            assertThat(installed).as(hint).isTrue();
        }
        Assumptions.assumeTrue(installed, hint);
        profile = Files.createTempDirectory("dashboard-chromium");
        service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--force-prefers-reduced-motion",
                "--user-data-dir=" + profile,
                "--window-size=1280,800");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (service != null) {
            service.stop();
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        // polled every 50 ms instead of WebDriverWait's 500: a render that is done is seen at once (the timeout stays)
        wait = new WebDriverWait(browser, Duration.ofSeconds(20), Duration.ofMillis(50));
        viewport(1280, 800, false);
    }

    @AfterEach
    void pageCalledOnlyDocumentedEndpointsWithoutErrors() {
        // the page is the API's reference client: each call it made must match an OpenAPI path template
        List<Pattern> documented = new ArrayList<>();
        for (String template : api.get("/v3/api-docs").json().get("paths").propertyNames()) {
            documented.add(Pattern.compile(template.replaceAll("\\{[^}]+}", "[^/]+")));
        }
        @SuppressWarnings("unchecked")
        List<String> calls = (List<String>)
                script("return performance.getEntriesByType('resource').map(e => new URL(e.name).pathname)"
                        + ".filter(p => p.startsWith('/api/'))");
        assertThat(calls)
                .isNotEmpty()
                .allSatisfy(path -> assertThat(documented)
                        .as("%s is a documented endpoint", path)
                        .anyMatch(pattern -> pattern.matcher(path).matches()));
        List<LogEntry> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .toList();
        assertThat(errors).as("browser console errors").isEmpty();
    }

    @Test
    void rankingDrawsTheApiFiguresAndAClickedBarShowsItsQuote() {
        JsonNode ranking = api.get("/api/v1/indicators/beds_open/ranking?year=2021&size=100")
                .json();
        List<String> names = new ArrayList<>();
        ranking.get("items")
                .forEach(item -> names.add(item.get("hospital").get("name").asString()));
        int index = names.indexOf("郴州市第一人民医院");
        JsonNode chenzhou = ranking.get("items").get(index);
        assertThat(chenzhou.get("value").asInt()).isEqualTo(4340);

        open("/");
        choose("indicator-select", "beds_open");
        choose("year-select", "2021");

        List<WebElement> rows = testIds("ranking-item");
        assertThat(rows).hasSize(ranking.get("items").size());
        for (int i = 0; i < rows.size(); i++) {
            JsonNode item = ranking.get("items").get(i);
            WebElement row = rows.get(i);
            assertThat(row.getDomAttribute("data-slug"))
                    .isEqualTo(item.get("hospital").get("slug").asString());
            assertThat(Double.parseDouble(row.getDomAttribute("data-value")))
                    .isEqualTo(item.get("value").asDouble());
            assertThat(row.getDomAttribute("data-year")).isEqualTo("2021");
            assertThat(row.getText()).contains(item.get("hospital").get("name").asString());
        }
        assertThat(rows.get(index).getText()).contains("4,340", "张", "2021");
        assertThat(testId("ranking-title").getText()).contains("实际开放床位数", "Open beds");

        // the bars themselves: names and values on the canvas chart
        assertThat(script("return chartOf('ranking-chart').getOption().yAxis[0].data"))
                .asInstanceOf(InstanceOfAssertFactories.LIST)
                .containsExactlyElementsOf(names.subList(0, Math.min(names.size(), 30)));
        assertThat(script("return chartOf('ranking-chart').getOption().series[0].data[arguments[0]].value", index))
                .asString()
                .isEqualTo("4340");

        clickBar(index);
        JsonNode evidence = chenzhou.get("evidence").get(0);
        assertThat(firstQuote().getText()).isEqualTo(evidence.get("quote").asString());
        assertThat(testId("evidence").getText()).contains("郴州市第一人民医院", "4,340");
        WebElement link = testId("evidence").findElement(By.cssSelector("[data-testid=evidence-link]"));
        assertThat(link.getDomAttribute("href"))
                .contains("#/document/" + evidence.get("document").asString())
                .contains("start=" + evidence.get("start").asInt());
        screenshot("ranking-2021-1280x800");

        int before = renders();
        link.click();
        waitForRender(before);
        WebElement highlight = testId("doc-highlight");
        assertThat(highlight.getText()).isEqualTo(evidence.get("quote").asString());
        assertThat(highlight.isDisplayed()).isTrue();
        screenshot("document-1280x800");
    }

    @Test
    void withAKeyEnteredTheEvidencePanelConfirmsAFigure() {
        // a seed figure, set back to extracted afterwards: a new document would leave other tests' pages, which the
        // browser caches for max-age, out of date
        JsonNode ranking = api.get("/api/v1/indicators/beds_open/ranking?year=2021&size=100")
                .json();
        int index = 0;
        while (!ranking.get("items")
                .get(index)
                .get("hospital")
                .get("name")
                .asString()
                .equals("郴州市第一人民医院")) {
            index++;
        }
        long fact = ranking.get("items")
                .get(index)
                .get("evidence")
                .get(0)
                .get("fact")
                .asLong();
        try {
            open("/#/ranking?indicator=beds_open&year=2021");
            clickBar(index);
            firstQuote();
            assertThat(testId("review-state").getText()).contains("Not reviewed");
            assertThat(testIds("review-confirm")).isEmpty(); // no key, no buttons

            int before = renders();
            testId("api-key").sendKeys(IntegrationTest.API_KEY, Keys.TAB);
            waitForRender(before);
            clickBar(index);
            wait.until(d -> !testIds("review-confirm").isEmpty());
            testId("review-confirm").click();

            wait.until(d -> testId("review-state").getText().contains("Confirmed"));
            JsonNode history = api.get("/api/v1/facts/indicator-values/" + fact + "/history")
                    .json();
            assertThat(history.get("fact").get("review").asString()).isEqualTo("confirmed");
            assertThat(history.get("reviews").get(0).get("by").asString()).isEqualTo("default");
            screenshot("ranking-review-1280x800");

            // reject asks why in the browser's prompt; the figure is then rejected with that reason
            testId("review-reject").click();
            wait.until(d -> {
                try {
                    d.switchTo().alert();
                    return true;
                } catch (org.openqa.selenium.NoAlertPresentException e) {
                    return false;
                }
            });
            browser.switchTo().alert().sendKeys("not this hospital's figure");
            browser.switchTo().alert().accept();
            wait.until(d -> api.get("/api/v1/facts/indicator-values/" + fact + "/history")
                    .json()
                    .get("fact")
                    .get("review")
                    .asString()
                    .equals("rejected"));
            JsonNode rejected = api.get("/api/v1/facts/indicator-values/" + fact + "/history")
                    .json();
            assertThat(rejected.get("reviews")).hasSize(2);
            assertThat(rejected.get("reviews").findValuesAsString("reason")).contains("not this hospital's figure");
        } finally {
            script("sessionStorage.clear(); return null;");
            jdbc.sql("update indicator_value set review_state = 'extracted', reviewed_by = null, reviewed_at = null"
                            + " where id = :id")
                    .param("id", fact)
                    .update();
            jdbc.sql("delete from fact_review where fact_kind = 'indicator_value' and fact_id = :id")
                    .param("id", fact)
                    .update();
        }
    }

    @Test
    void latestShowsEachHospitalsLatestYear() {
        JsonNode coverage =
                api.get("/api/v1/coverage?indicators=beds_open&size=500").json();
        Map<String, Integer> latest = new HashMap<>();
        coverage.get("items")
                .forEach(cell -> latest.put(
                        cell.get("hospital").get("slug").asString(),
                        cell.get("latestYear").asInt()));

        open("/#/ranking?indicator=beds_open&year=2021");
        choose("year-select", "latest");

        List<WebElement> rows = testIds("ranking-item");
        assertThat(rows).hasSize(Math.min(latest.size(), 100)); // the page shows the top 100
        for (WebElement row : rows) {
            assertThat(Integer.valueOf(row.getDomAttribute("data-year")))
                    .isEqualTo(latest.get(row.getDomAttribute("data-slug")));
        }
        assertThat(rows).anySatisfy(row -> assertThat(row.getText()).contains("郴州市第一人民医院", "4,340", "2021"));
        assertThat(testId("ranking-note").getText()).contains("latest year");

        // the list is the chart's accessible twin: choosing a hospital there shows the same evidence
        WebElement chenzhou =
                browser.findElement(By.cssSelector("[data-testid=ranking-item][data-slug=" + CHENZHOU + "]"));
        chenzhou.findElement(By.tagName("button")).click();
        assertThat(firstQuote().getText()).contains("4340");
        assertThat(testId("coverage-list").getText()).contains("实际开放床位数 · Open beds");
        screenshot("dashboard-1280x800");
    }

    @Test
    void defaultViewsOpenOnTheIndicatorAndConsortiaWithTheMostData() {
        // whatever the corpus: the ranking opens on the indicator most hospitals have a figure for
        String mostCovered = null;
        int most = 0;
        for (JsonNode indicator : api.get("/api/v1/coverage?size=1").json().get("indicators")) {
            int count = indicator.get("hospitalCount").asInt();
            if (!indicator.get("derived").asBoolean() && count > most) {
                mostCovered = indicator.get("indicator").asString();
                most = count;
            }
        }
        open("/");
        assertThat(new Select(testId("indicator-select"))
                        .getFirstSelectedOption()
                        .getDomAttribute("value"))
                .isEqualTo(mostCovered);
        assertThat(testIds("ranking-item")).hasSize(Math.min(most, 100));

        // and the consortia with the most members come first
        List<String> bySize = new ArrayList<>();
        api.get("/api/v1/consortia?size=50&sort=members")
                .json()
                .get("items")
                .forEach(c -> bySize.add(c.get("slug").asString()));
        open("/#/consortia");
        assertThat(testIds("consortium-card"))
                .extracting(card -> card.getDomAttribute("data-slug"))
                .containsExactlyElementsOf(bySize);
    }

    @Test
    void aYearWithoutValuesSaysSoInsteadOfDrawingAnEmptyChart() {
        JsonNode coverage =
                api.get("/api/v1/coverage?indicators=beds_open&size=1").json();
        List<Integer> withValues = new ArrayList<>();
        coverage.get("indicators")
                .get(0)
                .get("years")
                .forEach(y -> withValues.add(y.get("year").asInt()));

        open("/#/ranking?indicator=beds_open");
        String emptyYear = new Select(testId("year-select"))
                .getOptions().stream()
                        .map(option -> option.getDomAttribute("value"))
                        .filter(value -> value.matches("\\d{4}") && !withValues.contains(Integer.valueOf(value)))
                        .findFirst()
                        .orElse("1999");
        open("/#/ranking?indicator=beds_open&year=" + emptyYear);

        assertThat(testId("empty").getText())
                .contains("该指标在所选年份没有数据")
                .contains("No values for this indicator in " + emptyYear);
        assertThat(testIds("ranking-chart")).isEmpty();
    }

    @Test
    void hospitalPageShowsTrendsPilotsAndConsortia() {
        JsonNode profile = api.get("/api/v1/hospitals/" + CHENZHOU + "/profile").json();

        open("/#/hospital");
        choose("hospital-select", CHENZHOU);

        assertThat(testId("hospital-name").getText()).isEqualTo("郴州市第一人民医院");
        assertThat(testId("trend-chart").getDomAttribute("data-rendered")).isEqualTo("true");
        assertThat(testId("trend-table").getText()).contains("实际开放床位数 · Open beds", "2021", "4,340");
        String pilots = testId("hospital-pilots").getText();
        profile.get("pilots")
                .forEach(pilot ->
                        assertThat(pilots).contains(pilot.get("designation").asString()));
        assertThat(pilots).contains("DRG/DIP", "2019");
        assertThat(testId("hospital-consortia").getText()).contains("郴州市第一人民医院城市医疗集团", "牵头医院 · Lead");
        screenshot("hospital-1280x800");
    }

    @Test
    void consortiaViewDrawsEachConsortiumAsAGraphColouredByRole() {
        JsonNode consortia = api.get("/api/v1/consortia?size=50").json();
        JsonNode central = api.get("/api/v1/consortia/nan-yang-shi-zhong-xin-yi-yuan-yi-liao-ji-tuan")
                .json();

        open("/");
        int before = renders();
        browser.findElement(By.cssSelector("nav a[data-view=consortia]")).click();
        waitForRender(before);

        List<WebElement> cards = testIds("consortium-card");
        assertThat(cards).hasSize(consortia.get("items").size());
        assertThat(testIds("consortium-graph")).hasSize(cards.size());
        String selector = "[data-slug=nan-yang-shi-zhong-xin-yi-yuan-yi-liao-ji-tuan] [data-testid=consortium-graph]";
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> nodes = (List<Map<String, Object>>) script(
                "return echarts.getInstanceByDom(document.querySelector(arguments[0])).getOption().series[0].data"
                        + ".map(n => ({name: n.name, category: n.category}))",
                selector);
        assertThat(nodes).hasSize(central.get("members").size());
        assertThat(nodes)
                .filteredOn(node -> "南阳市中心医院".equals(node.get("name")))
                .singleElement()
                .satisfies(lead ->
                        assertThat(((Number) lead.get("category")).intValue()).isZero());
        assertThat(script(
                        "return echarts.getInstanceByDom(document.querySelector(arguments[0])).getOption()"
                                + ".series[0].links.length",
                        selector))
                .asString()
                .isEqualTo(String.valueOf(central.get("members").size() - 1));
        assertThat(testId("consortium-list").getText()).contains("南阳市中心医院医疗集团", "成员单位 · Member");
        screenshot("consortia-1280x800");
    }

    @Test
    void pilotTimelineListsHospitalsByYearAndCategory() {
        JsonNode timeline = api.get("/api/v1/reform-pilots/timeline").json();
        JsonNode drg = api.get("/api/v1/reform-pilots/timeline?category=drg_dip_payment")
                .json();

        open("/#/pilots");
        assertThat(testId("pilots-chart").getDomAttribute("data-rendered")).isEqualTo("true");
        assertThat(testId("pilot-timeline").findElements(By.cssSelector(":scope > li")))
                .hasSize(timeline.get("rows").size());
        String text = testId("pilot-timeline").getText();
        timeline.get("rows")
                .forEach(row -> row.get("hospitals")
                        .forEach(hospital -> assertThat(text)
                                .contains(hospital.get("designation").asString())));
        screenshot("pilots-1280x800");

        int before = renders();
        new Select(browser.findElement(By.id("pilots-category"))).selectByValue("drg_dip_payment");
        waitForRender(before);
        assertThat(testId("pilot-timeline").findElements(By.cssSelector(":scope > li")))
                .hasSize(drg.get("rows").size());
        assertThat(testId("pilot-timeline").getText()).contains("DRG/DIP 支付改革 · DRG/DIP payment");
    }

    @Test
    void compareTableComesFromTheMatrixWithTheApisCsv() {
        open("/#/compare?hospitals=" + CHENZHOU + ",li-shi-qu-ren-min-yi-yuan&indicators=beds_open,outpatient_visits");

        WebElement table = testId("compare-table");
        assertThat(table.findElements(By.cssSelector("tbody tr"))).hasSize(2);
        assertThat(table.getText()).contains("郴州市第一人民医院", "离石区人民医院", "4,340", "—");
        String csv = testId("csv-link").getDomAttribute("href");
        assertThat(csv).contains("/api/v1/compare/matrix?").contains("format=csv");
        Api.Response download = api.get(csv.substring(csv.indexOf("/api/")));
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.header("Content-Type")).startsWith("text/csv");
        assertThat(download.body()).contains("郴州市第一人民医院", "4340");

        // the picker drives the same call
        int before = renders();
        browser.findElement(By.cssSelector("#compare-hospitals input[value=li-shi-qu-ren-min-yi-yuan]"))
                .click();
        testId("compare-go").click();
        waitForRender(before);
        assertThat(testId("compare-table").findElements(By.cssSelector("tbody tr")))
                .hasSize(1);
        screenshot("compare-1280x800");
    }

    @Test
    void phoneWidthStacksTheViewsWithoutSidewaysScrolling() {
        viewport(390, 844, true);
        open("/#/ranking?indicator=beds_open&year=latest");
        testIds("ranking-item").get(0).findElement(By.tagName("button")).click();
        firstQuote();

        assertThat(pageWidth()).isLessThanOrEqualTo(390);
        WebElement chart = testId("ranking-chart");
        WebElement evidence = testId("evidence");
        assertThat(evidence.getRect().getY())
                .isGreaterThan(chart.getRect().getY() + chart.getRect().getHeight());
        screenshot("dashboard-390x844");

        open("/#/hospital/" + CHENZHOU);
        assertThat(pageWidth()).isLessThanOrEqualTo(390);
        screenshot("hospital-390x844");
    }

    @Test
    void swaggerUiRunsARequestUnderTheContentSecurityPolicy() {
        // the console check after each test fails on any script, style or fetch the policy refused
        browser.get("about:blank");
        browser.get("http://127.0.0.1:" + port + "/swagger-ui.html");
        WebElement operation =
                wait.until(d -> d
                        .findElements(By.xpath(
                                "//div[contains(@class,'opblock-get')][.//*[@data-path='/api/v1/indicators']]"))
                        .stream()
                        .findFirst()
                        .orElse(null));
        operation.findElement(By.cssSelector(".opblock-summary-control")).click();
        wait.until(d -> operation.findElement(By.cssSelector(".try-out__btn"))).click();
        wait.until(d -> operation.findElement(By.cssSelector(".execute"))).click();
        WebElement status = wait.until(
                d -> operation.findElements(By.cssSelector(".live-responses-table tbody .response-col_status")).stream()
                        .findFirst()
                        .orElse(null));
        assertThat(status.getText()).startsWith("200");
        screenshot("swagger-ui");
    }

    // ---- helpers ----------------------------------------------------------------------------------

    /** Loads the page afresh (not a same-document hash change) and waits for its first render. */
    private void open(String path) {
        browser.get("about:blank");
        browser.get("http://127.0.0.1:" + port + path);
        waitForRender(0);
    }

    /** Chooses an option and waits for the render the change started (none when it was chosen already). */
    private void choose(String testId, String value) {
        Select select = new Select(testId(testId));
        if (value.equals(select.getFirstSelectedOption().getDomAttribute("value"))) {
            return;
        }
        int before = renders();
        select.selectByValue(value);
        waitForRender(before);
    }

    private int pageWidth() {
        return ((Number) script("return document.documentElement.scrollWidth")).intValue();
    }

    private int renders() {
        Object count = script("return Number(document.body?.dataset.renders || 0)");
        return ((Number) count).intValue();
    }

    private void waitForRender(int before) {
        wait.until(d -> renders() > before
                && !"loading".equals(d.findElement(By.tagName("body")).getDomAttribute("data-state")));
        assertThat(browser.findElement(By.tagName("body")).getDomAttribute("data-state"))
                .as(
                        "page state; status: %s",
                        browser.findElement(By.id("status")).getText())
                .isEqualTo("ready");
    }

    /** A real mouse click on the middle of one bar of the canvas chart. */
    private void clickBar(int index) {
        WebElement chart = testId("ranking-chart");
        @SuppressWarnings("unchecked")
        List<Number> point = (List<Number>) script(
                "const c = chartOf('ranking-chart'); const v = c.getOption().series[0].data[arguments[0]].value;"
                        + " return c.convertToPixel({gridIndex: 0}, [v / 2, arguments[0]]);",
                index);
        int x = point.get(0).intValue() - chart.getRect().getWidth() / 2;
        int y = point.get(1).intValue() - chart.getRect().getHeight() / 2;
        new Actions(browser).moveToElement(chart, x, y).click().perform();
    }

    private Object script(String body, Object... arguments) {
        String helpers =
                "const chartOf = id => echarts.getInstanceByDom(document.querySelector(`[data-testid=${id}]`));";
        return ((JavascriptExecutor) browser).executeScript(helpers + body, arguments);
    }

    /** The first evidence quote on the page, once one is shown. */
    private WebElement firstQuote() {
        return wait.until(d -> testIds("evidence-quote").stream()
                .filter(WebElement::isDisplayed)
                .findFirst()
                .orElse(null));
    }

    private WebElement testId(String id) {
        return wait.until(d -> d.findElement(By.cssSelector("[data-testid=" + id + "]")));
    }

    private List<WebElement> testIds(String id) {
        return browser.findElements(By.cssSelector("[data-testid=" + id + "]"));
    }

    private void viewport(int width, int height, boolean mobile) {
        browser.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
    }

    private void screenshot(String name) {
        try {
            File shot = browser.getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException("Could not save the screenshot " + name, e);
        }
    }

    static boolean isCi(String ci) {
        return ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false") && !ci.equals("0");
    }
}
