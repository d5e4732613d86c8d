package org.hospitalatlas.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.hospitalatlas.extraction.DocumentExtractor;
import org.hospitalatlas.extraction.DocumentMetadata;
import org.hospitalatlas.extraction.ExtractionResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NationalDataGeneratorTest {

    /** code → unit, read from the migration that seeds the catalogue. */
    private static final Map<String, String> CATALOGUE = catalogue();

    @TempDir
    static Path dir;

    static Path national;
    static List<String[]> hospitals;
    static List<String[]> values;

    @BeforeAll
    static void generateOnce() throws IOException {
        national = dir.resolve("national");
        new NationalDataGenerator(new GeneratorSettings(3000, 2022, 2024, 7, 0)).writeTo(national);
        hospitals = read(national.resolve("hospitals.csv"));
        values = read(national.resolve("indicator_values.csv"));
    }

    @Test
    void sameSeedWritesByteIdenticalFiles() throws IOException {
        GeneratorSettings settings = new GeneratorSettings(150, 2014, 2024, 42, 5);
        new NationalDataGenerator(settings).writeTo(dir.resolve("a"));
        new NationalDataGenerator(settings).writeTo(dir.resolve("b"));

        for (String file : List.of(
                "hospitals.csv",
                "indicator_values.csv",
                "reform_pilots.csv",
                "consortia.csv",
                "consortium_members.csv",
                "reports/manifest.json",
                "reports/report-00005.txt")) {
            assertThat(Files.readAllBytes(dir.resolve("a").resolve(file)))
                    .as(file)
                    .isEqualTo(Files.readAllBytes(dir.resolve("b").resolve(file)));
        }
    }

    @Test
    void anotherSeedWritesOtherData() throws IOException {
        new NationalDataGenerator(new GeneratorSettings(150, 2014, 2015, 1, 0)).writeTo(dir.resolve("s1"));
        new NationalDataGenerator(new GeneratorSettings(150, 2014, 2015, 2, 0)).writeTo(dir.resolve("s2"));

        assertThat(Files.readAllBytes(dir.resolve("s1/indicator_values.csv")))
                .isNotEqualTo(Files.readAllBytes(dir.resolve("s2/indicator_values.csv")));
    }

    @Test
    void writesEveryCatalogueIndicatorForEveryHospitalAndYear() {
        assertThat(CATALOGUE).hasSize(49);
        Set<String> codes = new HashSet<>();
        Set<String> keys = new HashSet<>();
        for (String[] row : values) {
            codes.add(row[1]);
            keys.add(row[0] + "|" + row[1] + "|" + row[2] + "|" + row[3]);
        }
        assertThat(codes).isEqualTo(CATALOGUE.keySet());
        assertThat(values).hasSize(3000 * 49 * 3);
        assertThat(keys).as("one value per hospital, indicator, year and kind").hasSize(values.size());
    }

    @Test
    void valuesStayInTheirRanges() {
        Map<String, Integer> emrSeen = new HashMap<>();
        for (String[] row : values) {
            String unit = CATALOGUE.get(row[1]);
            double value = Double.parseDouble(row[4]);
            assertThat(row[3]).isEqualTo("level");
            assertThat(value).as("%s %s", row[0], row[1]).isGreaterThanOrEqualTo(0);
            switch (unit) {
                case "percent", "score" -> assertThat(value).as(row[1]).isLessThanOrEqualTo(100);
                case "grade" -> {
                    assertThat(value).isBetween(0.0, 8.0).isEqualTo(Math.rint(value));
                    Integer before = emrSeen.put(row[0], (int) value);
                    assertThat(before == null || before <= value)
                            .as("EMR grade never goes down")
                            .isTrue();
                }
                case "persons", "beds", "visits", "operations", "count", "teams", "items", "cases", "person-times" ->
                    assertThat(value).as(row[1]).isEqualTo(Math.rint(value));
                default -> {}
            }
        }
    }

    @Test
    void outpatientAndEmergencyVisitsAddUp() {
        Map<String, Map<String, Double>> byHospitalYear = byHospitalYear(2024);
        for (Map<String, Double> v : byHospitalYear.values()) {
            assertThat(v.get("outpatient_emergency_visits"))
                    .isEqualTo(v.get("outpatient_visits") + v.get("emergency_visits"));
            assertThat(v.get("inpatient_surgeries")).isLessThanOrEqualTo(v.get("discharges"));
        }
    }

    @Test
    void bedsDriveStaffVisitsDischargesAndRevenue() {
        Map<String, Map<String, Double>> byHospital = byHospitalYear(2024);
        List<Double> beds = new ArrayList<>();
        Map<String, List<Double>> others = new LinkedHashMap<>();
        for (String code :
                List.of("staff_total", "outpatient_visits", "discharges", "inpatient_surgeries", "revenue")) {
            others.put(code, new ArrayList<>());
        }
        for (Map<String, Double> v : byHospital.values()) {
            beds.add(Math.log(v.get("beds_open")));
            others.forEach((code, list) -> list.add(Math.log(1 + v.get(code))));
        }
        assertThat(correlation(beds, others.get("staff_total"))).isGreaterThan(0.9);
        assertThat(correlation(beds, others.get("discharges"))).isGreaterThan(0.85);
        assertThat(correlation(beds, others.get("outpatient_visits"))).isGreaterThan(0.7);
        assertThat(correlation(beds, others.get("revenue"))).isGreaterThan(0.8);
        assertThat(correlation(beds, others.get("inpatient_surgeries"))).isGreaterThan(0.6);
    }

    @Test
    void revenueGrowsFromYearToYearForMostHospitals() {
        Map<String, Map<String, Double>> y2022 = byHospitalYear(2022);
        Map<String, Map<String, Double>> y2024 = byHospitalYear(2024);
        long growing = y2024.keySet().stream()
                .filter(h -> y2024.get(h).get("revenue") > y2022.get(h).get("revenue"))
                .count();
        assertThat(growing).isGreaterThan(y2024.size() * 8L / 10);
    }

    @Test
    void hospitalsSpreadOverTheProvincesInRealisticProportions() {
        Map<String, Integer> provinces = new HashMap<>();
        int tertiary = 0;
        int secondary = 0;
        int general = 0;
        int chinese = 0;
        Set<String> names = new HashSet<>();
        Set<String> slugs = new HashSet<>();
        for (String[] h : hospitals) {
            provinces.merge(h[3], 1, Integer::sum);
            tertiary += h[6].startsWith("三级") ? 1 : 0;
            secondary += h[6].startsWith("二级") ? 1 : 0;
            general += h[7].equals("综合") ? 1 : 0;
            chinese += h[7].equals("中医") ? 1 : 0;
            assertThat(h[0]).matches("[a-z0-9][a-z0-9-]*");
            assertThat(h[1]).as(h[1]).matches(".+(院|中心)").doesNotContain("群岛");
            names.add(h[1]);
            slugs.add(h[0]);
        }
        int n = hospitals.size();
        assertThat(n).isEqualTo(3000);
        assertThat(provinces).hasSize(31);
        assertThat(provinces.get("广东省")).isGreaterThan(provinces.get("西藏自治区") * 10);
        assertThat(tertiary / (double) n).isBetween(0.12, 0.28);
        assertThat(secondary / (double) n).isBetween(0.40, 0.65);
        assertThat(general / (double) n).isBetween(0.52, 0.68);
        assertThat(chinese / (double) n).isBetween(0.14, 0.26);
        assertThat(names).hasSize(n);
        assertThat(slugs).hasSize(n);
    }

    @Test
    void pilotsAndConsortiaNameGeneratedHospitals() throws IOException {
        Set<String> slugs = new HashSet<>();
        hospitals.forEach(h -> slugs.add(h[0]));
        List<String[]> pilots = read(national.resolve("reform_pilots.csv"));
        List<String[]> consortia = read(national.resolve("consortia.csv"));
        List<String[]> members = read(national.resolve("consortium_members.csv"));
        Set<String> consortiumSlugs = new HashSet<>();
        consortia.forEach(c -> consortiumSlugs.add(c[0]));

        assertThat(pilots).isNotEmpty().allSatisfy(p -> assertThat(slugs).contains(p[0]));
        assertThat(consortia).extracting(c -> c[2]).contains("city_medical_group", "county_medical_community");
        assertThat(members)
                .allSatisfy(m -> assertThat(consortiumSlugs).contains(m[0]))
                .allSatisfy(m -> assertThat(slugs).contains(m[1]));
        assertThat(members.stream().filter(m -> m[2].equals("lead")).count()).isEqualTo(consortia.size());
    }

    @Test
    void reportsAreInTheSeedsGenreAndTheExtractorReadsThem() throws IOException {
        Path out = dir.resolve("reports-set");
        new NationalDataGenerator(new GeneratorSettings(300, 2018, 2024, 3, 8)).writeTo(out);
        DocumentExtractor extractor = DocumentExtractor.withDefaultResources();
        try (Stream<Path> files = Files.list(out.resolve("reports"))) {
            List<Path> reports =
                    files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
            assertThat(reports).hasSize(8);
            Set<String> texts = new HashSet<>();
            for (Path report : reports) {
                String text = Files.readString(report);
                texts.add(text);
                ExtractionResult result = extractor.extract(text, new DocumentMetadata(null, null, null));
                assertThat(result.hospitals()).as(report.toString()).isNotEmpty();
                assertThat(result.indicators()).as(report.toString()).hasSizeGreaterThan(5);
                assertThat(text).contains("医院").hasSizeGreaterThan(1000);
            }
            assertThat(texts).hasSize(8);
        }
        assertThat(Files.readString(out.resolve("reports/manifest.json")))
                .contains("\"file\": \"report-00001.txt\"")
                .contains("\"published_on\"");
    }

    @Test
    void commandRefusesBadArguments() {
        GenerateCommand command = new GenerateCommand(System.out, System.err);
        assertThat(command.execute(new String[] {"--hospitals", "10"})).isEqualTo(GenerateCommand.USAGE);
        assertThat(command.execute(new String[] {"--out", "x", "--years", "2024-2014"}))
                .isEqualTo(GenerateCommand.USAGE);
        assertThat(command.execute(new String[] {"--out", "x", "--colour", "red"}))
                .isEqualTo(GenerateCommand.USAGE);
        assertThat(command.execute(new String[] {"--out", "x", "--hospitals", "many"}))
                .isEqualTo(GenerateCommand.USAGE);
    }

    @Test
    void commandWritesTheFiles() throws IOException {
        Path out = dir.resolve("cli");
        int status = new GenerateCommand(System.out, System.err)
                .execute(new String[] {"--hospitals=40", "--years", "2023-2024", "--seed", "5", "--out", out.toString()
                });
        assertThat(status).isZero();
        assertThat(read(out.resolve("indicator_values.csv"))).hasSize(40 * 49 * 2);
        assertThat(Files.readString(out.resolve("hospitals.csv")))
                .startsWith("slug,name_zh,name_en,province,city,district,level,category,ownership,founded_year\n");
    }

    private static Map<String, Map<String, Double>> byHospitalYear(int year) {
        Map<String, Map<String, Double>> result = new HashMap<>();
        String y = Integer.toString(year);
        for (String[] row : values) {
            if (row[2].equals(y)) {
                result.computeIfAbsent(row[0], k -> new HashMap<>()).put(row[1], Double.parseDouble(row[4]));
            }
        }
        return result;
    }

    private static double correlation(List<Double> x, List<Double> y) {
        int n = x.size();
        double mx = x.stream().mapToDouble(d -> d).average().orElse(0);
        double my = y.stream().mapToDouble(d -> d).average().orElse(0);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            sxy += (x.get(i) - mx) * (y.get(i) - my);
            sxx += (x.get(i) - mx) * (x.get(i) - mx);
            syy += (y.get(i) - my) * (y.get(i) - my);
        }
        return sxy / Math.sqrt(sxx * syy);
    }

    /** Data rows of a generated CSV (no field of theirs is quoted). */
    private static List<String[]> read(Path file) throws IOException {
        List<String[]> rows = new ArrayList<>();
        forEachRow(file, rows::add);
        return rows;
    }

    private static void forEachRow(Path file, Consumer<String[]> consumer) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                consumer.accept(line.split(",", -1));
            }
        }
    }

    private static Map<String, String> catalogue() {
        try {
            String sql = Files.readString(Path.of("db/migration/V004__seed_indicator_catalogue.sql"));
            Matcher m = Pattern.compile("\\('([a-z0-9_]+)',\\s*'(?:[^']|'')*',\\s*'(?:[^']|'')*',\\s*'([A-Za-z0-9-]+)'")
                    .matcher(sql);
            Map<String, String> units = new LinkedHashMap<>();
            while (m.find()) {
                units.put(m.group(1), m.group(2));
            }
            return units;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
