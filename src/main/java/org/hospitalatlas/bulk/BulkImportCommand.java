package org.hospitalatlas.bulk;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hospitalatlas.document.DocumentImporter;
import org.hospitalatlas.shared.InvalidInputException;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code java -jar hospital-atlas.jar import KIND FILE [--dataset NAME]}, {@code import all DIR [--dataset NAME]}
 * and {@code import documents DIR [--threads N]}: loads files into the database the app is configured with. It
 * starts the application without its web server and without loading the seeds (Flyway still migrates), so the
 * embedded PostgreSQL, an external one ({@code --spring.datasource.url=…}) and every check behave as for the
 * API. Further {@code --name=value} arguments are Spring properties. Prints one JSON report per file on
 * stdout (for {@code import documents}, one line per document and then a line with the totals and speed; the log
 * goes to stderr); exit 0 when everything was imported, 1 when a file was rejected (its bad rows on stderr), 2 when a
 * file cannot be read, 64 on a usage error.
 */
public final class BulkImportCommand {

    static final int OK = 0;
    static final int REJECTED = 1;
    static final int IO_ERROR = 2;
    static final int USAGE = 64;

    private static final String USAGE_TEXT = """
            usage: import hospitals|indicator-values|reform-pilots|consortia|consortium-members FILE [--dataset NAME]
                   import all DIR [--dataset NAME]      the five files of a generated set, in that order
                   import documents DIR [--threads N]   every *.txt of DIR (manifest.json optional)
                   Spring properties may follow as --name=value (e.g. --spring.datasource.url=jdbc:postgresql://…)""";

    /** The files of a generated set, in the order they depend on each other. */
    private static final List<Map.Entry<BulkImportKind, String>> GENERATED_SET = List.of(
            Map.entry(BulkImportKind.HOSPITALS, "hospitals.csv"),
            Map.entry(BulkImportKind.INDICATOR_VALUES, "indicator_values.csv"),
            Map.entry(BulkImportKind.REFORM_PILOTS, "reform_pilots.csv"),
            Map.entry(BulkImportKind.CONSORTIA, "consortia.csv"),
            Map.entry(BulkImportKind.CONSORTIUM_MEMBERS, "consortium_members.csv"));

    private final Class<?> application;
    private final PrintStream out;
    private final PrintStream err;
    private final JsonMapper json = JsonMapper.builder().build();

    BulkImportCommand(Class<?> application, PrintStream out, PrintStream err) {
        this.application = application;
        this.out = out;
        this.err = err;
    }

    /**
     * Runs {@code import …}; {@code application} is the Spring Boot application to start (passed in, so that this
     * module does not import the application class that imports it).
     */
    public static int run(Class<?> application, String[] args) {
        PrintStream stdout = System.out;
        // stdout carries the reports alone: whatever else prints there (Spring's log) goes to stderr
        System.setOut(System.err);
        try {
            return new BulkImportCommand(application, stdout, System.err).execute(args);
        } finally {
            System.setOut(stdout);
        }
    }

    int execute(String[] args) {
        List<String> positional = new ArrayList<>();
        List<String> spring = new ArrayList<>();
        String dataset = null;
        int threads = 1;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("-h") || arg.equals("--help")) {
                out.println(USAGE_TEXT);
                return OK;
            } else if (arg.equals("--dataset") || arg.equals("--threads")) {
                if (i + 1 == args.length) {
                    err.println("import: " + arg + " needs a value\n" + USAGE_TEXT);
                    return USAGE;
                }
                String value = args[++i];
                if (arg.equals("--dataset")) {
                    dataset = value;
                } else {
                    try {
                        threads = Integer.parseInt(value);
                    } catch (NumberFormatException e) {
                        err.println("import: --threads needs a number\n" + USAGE_TEXT);
                        return USAGE;
                    }
                }
            } else if (arg.startsWith("--") && arg.contains("=")) {
                spring.add(arg);
            } else if (arg.startsWith("-")) {
                err.println("import: unknown option " + arg + "\n" + USAGE_TEXT);
                return USAGE;
            } else {
                positional.add(arg);
            }
        }
        if (positional.size() != 2) {
            err.println(USAGE_TEXT);
            return USAGE;
        }
        return dispatch(positional.get(0), Path.of(positional.get(1)), spring, dataset, threads);
    }

    /** Runs {@code import WHAT PATH} once the options are read. */
    private int dispatch(String what, Path path, List<String> spring, String dataset, int threads) {
        boolean folder = what.equals("all") || what.equals("documents");
        if (!folder && BulkImportKind.byPath(what).isEmpty()) {
            err.println("import: unknown kind '" + what + "'\n" + USAGE_TEXT);
            return USAGE;
        }
        if (folder ? !Files.isDirectory(path) : !Files.isRegularFile(path)) {
            err.println("import: " + path + (folder ? " is not a directory" : " is not a file"));
            return IO_ERROR;
        }
        try (ConfigurableApplicationContext context = start(application, spring)) {
            return switch (what) {
                case "documents" -> loadDocuments(context, path, threads);
                case "all" -> loadSet(context.getBean(BulkImporter.class), path, dataset);
                default ->
                    loadFile(
                            context.getBean(BulkImporter.class),
                            BulkImportKind.byPath(what).orElseThrow(),
                            path,
                            dataset);
            };
        }
    }

    private static ConfigurableApplicationContext start(Class<?> source, List<String> springArgs) {
        List<String> args = new ArrayList<>(springArgs);
        addUnlessGiven(args, "hospital-atlas.seeds.load", "false");
        addUnlessGiven(args, "logging.level.root", "WARN");
        addUnlessGiven(args, "logging.level.org.hospitalatlas", "INFO");
        SpringApplication application = new SpringApplication(source);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setBannerMode(Banner.Mode.OFF);
        application.setLogStartupInfo(false);
        return application.run(args.toArray(String[]::new));
    }

    private static void addUnlessGiven(List<String> args, String property, String value) {
        if (args.stream().noneMatch(a -> a.startsWith("--" + property + "="))) {
            args.add("--" + property + "=" + value);
        }
    }

    private int loadSet(BulkImporter importer, Path folder, String dataset) {
        for (Map.Entry<BulkImportKind, String> file : GENERATED_SET) {
            Path path = folder.resolve(file.getValue());
            if (!Files.isRegularFile(path)) {
                err.println("import: " + path + " is missing; skipped");
                continue;
            }
            int status = loadFile(importer, file.getKey(), path, dataset);
            if (status != OK) {
                return status;
            }
        }
        return OK;
    }

    private int loadFile(BulkImporter importer, BulkImportKind kind, Path file, String dataset) {
        try (InputStream in = Files.newInputStream(file)) {
            ImportReport report =
                    importer.importCsv(kind, in, file.getFileName().toString(), dataset);
            out.println(json.writeValueAsString(report));
            return OK;
        } catch (InvalidInputException e) {
            err.println("import: " + file + " was rejected, nothing was imported:");
            e.errors().forEach(error -> err.println("  " + error.field() + ": " + error.message()));
            return REJECTED;
        } catch (NoSuchFileException e) {
            err.println("import: no such file " + file);
            return IO_ERROR;
        } catch (IOException e) {
            err.println("import: cannot read " + file + ": " + e.getMessage());
            return IO_ERROR;
        }
    }

    private int loadDocuments(ConfigurableApplicationContext context, Path folder, int threads) {
        DocumentFolderLoader loader = new DocumentFolderLoader(context.getBean(DocumentImporter.class));
        try {
            // a report per file as each is done (in the files' order), then the totals
            DocumentFolderLoader.Outcome outcome = loader.load(folder, threads, report -> {
                out.println(json.writeValueAsString(report));
                out.flush();
            });
            double seconds = Math.max(outcome.millis(), 1) / 1000.0;
            out.println(json.writeValueAsString(Map.of(
                    "documents", outcome.documents(),
                    "outcomes", outcome.outcomes(),
                    "bytes", outcome.bytes(),
                    "elapsedMs", outcome.millis(),
                    "threads", threads,
                    "documentsPerSecond", round(outcome.documents() / seconds),
                    "megabytesPerSecond", round(outcome.bytes() / 1e6 / seconds))));
            outcome.failures().forEach(failure -> err.println("import: " + failure));
            return outcome.failures().isEmpty() ? OK : REJECTED;
        } catch (IOException e) {
            err.println("import: cannot read " + folder + ": " + e.getMessage());
            return IO_ERROR;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return IO_ERROR;
        }
    }

    private static double round(double value) {
        return Double.parseDouble(String.format(Locale.ROOT, "%.2f", value));
    }
}
