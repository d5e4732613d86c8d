package org.hospitalatlas.synthetic;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.hospitalatlas.extraction.AdministrativeDivisions;

/**
 * Writes a synthetic national data set: hospitals.csv, indicator_values.csv, reform_pilots.csv, consortia.csv,
 * consortium_members.csv and, when asked, generated reports under reports/ with a manifest.json like the
 * seeds'. The same settings give byte-identical files: every hospital draws its figures from a generator
 * seeded by the run's seed and its own index.
 */
public final class NationalDataGenerator {

    static final String[] HOSPITAL_COLUMNS = {
        "slug", "name_zh", "name_en", "province", "city", "district", "level", "category", "ownership", "founded_year"
    };
    static final String[] VALUE_COLUMNS = {"hospital_slug", "indicator_code", "year", "kind", "value", "qualifier"};
    static final String[] PILOT_COLUMNS = {"hospital_slug", "designation", "level", "category", "year"};
    static final String[] CONSORTIUM_COLUMNS = {"slug", "name", "type", "established_on"};
    static final String[] MEMBER_COLUMNS = {"consortium_slug", "hospital_slug", "role"};

    /** The catalogue codes and the constant fields of indicator_values.csv, encoded once for its millions of rows. */
    private static final byte[][] CODES = SyntheticIndicator.BY_CODE.stream()
            .map(indicator -> CsvOutput.encode(indicator.code()))
            .toArray(byte[][]::new);

    private static final byte[] LEVEL = CsvOutput.encode("level");
    private static final byte[] EXACT = CsvOutput.encode("exact");
    private static final byte[] APPROX = CsvOutput.encode("approx");

    /** What a run wrote. */
    public record Summary(
            int hospitals, long values, int pilots, int consortia, int members, int reports, long bytes, long millis) {}

    private final GeneratorSettings settings;

    public NationalDataGenerator(GeneratorSettings settings) {
        this.settings = settings;
    }

    public Summary writeTo(Path out) throws IOException {
        long started = System.nanoTime();
        Files.createDirectories(out);
        SplittableRandom placement = new SplittableRandom(settings.seed());
        List<SyntheticHospital> hospitals =
                new HospitalPlacer(AdministrativeDivisions.load()).place(settings.hospitals(), placement);
        PilotsAndConsortia network = new PilotsAndConsortia(
                hospitals, settings.firstYear(), settings.lastYear(), new SplittableRandom(settings.seed() ^ 0x5eed1L));
        Map<Integer, List<int[]>> reportsByHospital = planReports(hospitals);

        writeHospitals(out.resolve("hospitals.csv"), hospitals);
        ReportWriter.Report[] reports = new ReportWriter.Report[settings.reports()];
        long values = writeValuesAndReports(
                out.resolve("indicator_values.csv"), hospitals, network, reportsByHospital, reports);
        writeNetwork(out, network);
        if (reports.length > 0) {
            ReportFiles.write(out.resolve("reports"), reports);
        }
        return new Summary(
                hospitals.size(),
                values,
                network.pilots().size(),
                network.consortia().size(),
                network.members().size(),
                reports.length,
                bytesUnder(out),
                (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * indicator_values.csv, one hospital's figures at a time, and the reports planned for that hospital from those
     * figures while they are at hand (no run keeps every hospital's). A hospital's figures, then its approximate
     * money figures, are drawn from its own generator; the reports from one generator, in hospital order.
     */
    private long writeValuesAndReports(
            Path file,
            List<SyntheticHospital> hospitals,
            PilotsAndConsortia network,
            Map<Integer, List<int[]>> reportsByHospital,
            ReportWriter.Report[] reports)
            throws IOException {
        IndicatorModel model = new IndicatorModel(settings.firstYear(), settings.lastYear());
        ReportWriter reportWriter = new ReportWriter(new SplittableRandom(settings.seed() ^ 0x7e9027L));
        Map<String, String> ledConsortium = ledConsortia(network);
        try (CsvOutput csv = new CsvOutput(file, VALUE_COLUMNS)) {
            for (SyntheticHospital hospital : hospitals) {
                SplittableRandom random = new SplittableRandom(mix(settings.seed(), hospital.index()));
                double[][] matrix = model.values(hospital, random);
                writeValues(csv, hospital, matrix, random);
                for (int[] report : reportsByHospital.getOrDefault(hospital.index(), List.of())) {
                    int y = report[1] - settings.firstYear();
                    reports[report[0]] = reportWriter.write(
                            hospital,
                            report[1],
                            matrix[y],
                            matrix[y - 1],
                            network.pilotsOf(hospital.slug()),
                            ledConsortium.get(hospital.slug()));
                }
            }
            return csv.rows();
        }
    }

    /** One hospital's rows of indicator_values.csv: indicator by indicator in catalogue order, year by year. */
    private void writeValues(CsvOutput csv, SyntheticHospital hospital, double[][] matrix, SplittableRandom random)
            throws IOException {
        byte[] slug = CsvOutput.encode(hospital.slug());
        for (int i = 0; i < CODES.length; i++) {
            SyntheticIndicator indicator = SyntheticIndicator.BY_CODE.get(i);
            long scale = (long) Math.pow(10, indicator.decimals());
            boolean large = indicator == SyntheticIndicator.REVENUE || indicator == SyntheticIndicator.TOTAL_ASSETS;
            for (int y = 0; y < matrix.length; y++) {
                csv.raw(slug)
                        .raw(CODES[i])
                        .number(settings.firstYear() + y)
                        .raw(LEVEL)
                        .decimal(Math.round(matrix[y][indicator.ordinal()] * scale), indicator.decimals())
                        // money is often reported rounded (约12.3亿元): a few approximate figures
                        .raw(large && random.nextInt(50) == 0 ? APPROX : EXACT);
                csv.endRow();
            }
        }
    }

    /** The name of the first consortium each hospital leads, by hospital slug: its reports mention it. */
    private static Map<String, String> ledConsortia(PilotsAndConsortia network) {
        Map<String, String> consortiumNames = new HashMap<>();
        network.consortia().forEach(c -> consortiumNames.put(c.slug(), c.name()));
        Map<String, String> led = new HashMap<>();
        for (PilotsAndConsortia.Member member : network.members()) {
            if (member.role().equals("lead")) {
                led.putIfAbsent(member.hospitalSlug(), consortiumNames.get(member.consortiumSlug()));
            }
        }
        return led;
    }

    /** reform_pilots.csv, consortia.csv and consortium_members.csv. */
    private static void writeNetwork(Path out, PilotsAndConsortia network) throws IOException {
        try (CsvOutput csv = new CsvOutput(out.resolve("reform_pilots.csv"), PILOT_COLUMNS)) {
            for (PilotsAndConsortia.Pilot p : network.pilots()) {
                csv.text(p.hospitalSlug())
                        .text(p.designation())
                        .text(p.level())
                        .text(p.category())
                        .number(p.year());
                csv.endRow();
            }
        }
        try (CsvOutput csv = new CsvOutput(out.resolve("consortia.csv"), CONSORTIUM_COLUMNS)) {
            for (PilotsAndConsortia.Consortium c : network.consortia()) {
                csv.text(c.slug()).text(c.name()).text(c.type()).text(c.established());
                csv.endRow();
            }
        }
        try (CsvOutput csv = new CsvOutput(out.resolve("consortium_members.csv"), MEMBER_COLUMNS)) {
            for (PilotsAndConsortia.Member m : network.members()) {
                csv.text(m.consortiumSlug()).text(m.hospitalSlug()).text(m.role());
                csv.endRow();
            }
        }
    }

    private static long bytesUnder(Path dir) throws IOException {
        long bytes = 0;
        try (var files = Files.walk(dir)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                bytes += Files.size(file);
            }
        }
        return bytes;
    }

    private static void writeHospitals(Path file, List<SyntheticHospital> hospitals) throws IOException {
        try (CsvOutput csv = new CsvOutput(file, HOSPITAL_COLUMNS)) {
            for (SyntheticHospital h : hospitals) {
                csv.text(h.slug())
                        .text(h.name())
                        .text(null)
                        .text(h.province())
                        .text(h.city())
                        .text(h.district())
                        .text(h.level())
                        .text(h.category())
                        .text("public")
                        .number(h.foundedYear());
                csv.endRow();
            }
        }
    }

    /**
     * Which hospital and year each report is about: {report number, year}, by hospital index. Reports go to
     * 二级 and 三级 hospitals of the main categories, one per hospital and year, never the first year (their
     * text compares with the year before).
     */
    private Map<Integer, List<int[]>> planReports(List<SyntheticHospital> hospitals) {
        Map<Integer, List<int[]>> plan = new HashMap<>();
        if (settings.reports() == 0) {
            return plan;
        }
        if (settings.lastYear() == settings.firstYear()) {
            throw new IllegalArgumentException("reports need at least two years");
        }
        List<SyntheticHospital> candidates = new ArrayList<>();
        for (SyntheticHospital h : hospitals) {
            if (h.tier() <= 3 && Set.of("综合", "中医", "妇幼", "儿童", "肿瘤").contains(h.category())) {
                candidates.add(h);
            }
        }
        if (candidates.isEmpty()) {
            candidates = hospitals;
        }
        int span = settings.lastYear() - settings.firstYear();
        if ((long) candidates.size() * span < settings.reports()) {
            throw new IllegalArgumentException("too few hospitals and years for " + settings.reports() + " reports");
        }
        SplittableRandom random = new SplittableRandom(settings.seed() ^ 0x9e9027L);
        Set<Long> taken = new HashSet<>();
        for (int r = 0; r < settings.reports(); r++) {
            SyntheticHospital h;
            int year;
            do {
                h = candidates.get(random.nextInt(candidates.size()));
                year = settings.firstYear() + 1 + random.nextInt(span);
            } while (!taken.add((long) h.index() * 10_000 + year));
            plan.computeIfAbsent(h.index(), k -> new ArrayList<>()).add(new int[] {r, year});
        }
        return plan;
    }

    /** A seed for hospital {@code index} of a run: SplitMix64's finaliser over the two. */
    static long mix(long seed, long index) {
        long z = seed * 0x9E3779B97F4A7C15L + index;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
