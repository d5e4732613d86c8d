package org.hospitalatlas.synthetic;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;

/**
 * {@code java -jar hospital-atlas.jar generate [--hospitals 12000] [--years 2014-2024] [--seed 42] [--reports N]
 * --out DIR}: writes the synthetic national data set as CSV files (and N report texts) into DIR. No Spring, no
 * database. Exit 0 on success, 2 when DIR cannot be written, 64 on a usage error.
 */
public final class GenerateCommand {

    static final int OK = 0;
    static final int IO_ERROR = 2;
    static final int USAGE = 64;
    private static final String USAGE_LINE =
            "usage: generate --out DIR [--hospitals 12000] [--years 2014-2024] [--seed 42] [--reports 0]";

    private final PrintStream out;
    private final PrintStream err;

    GenerateCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static int run(String[] args) {
        return new GenerateCommand(System.out, System.err).execute(args);
    }

    int execute(String[] args) {
        int hospitals = 12_000;
        int firstYear = 2014;
        int lastYear = 2024;
        long seed = 42;
        int reports = 0;
        Path dir = null;
        try {
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                if (arg.equals("-h") || arg.equals("--help")) {
                    out.println(USAGE_LINE);
                    return OK;
                }
                String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
                String value = arg.contains("=")
                        ? arg.substring(arg.indexOf('=') + 1)
                        : (i + 1 < args.length ? args[++i] : null);
                if (value == null) {
                    err.println("generate: " + name + " needs a value\n" + USAGE_LINE);
                    return USAGE;
                }
                switch (name) {
                    case "--hospitals" -> hospitals = Integer.parseInt(value);
                    case "--seed" -> seed = Long.parseLong(value);
                    case "--reports" -> reports = Integer.parseInt(value);
                    case "--out" -> dir = Path.of(value);
                    case "--years" -> {
                        String[] range = value.split("-", 2);
                        firstYear = Integer.parseInt(range[0].strip());
                        lastYear = range.length == 2 ? Integer.parseInt(range[1].strip()) : firstYear;
                    }
                    default -> {
                        err.println("generate: unknown option " + name + "\n" + USAGE_LINE);
                        return USAGE;
                    }
                }
            }
        } catch (NumberFormatException e) {
            err.println("generate: not a number: " + e.getMessage() + "\n" + USAGE_LINE);
            return USAGE;
        }
        if (dir == null) {
            err.println("generate: --out DIR is required\n" + USAGE_LINE);
            return USAGE;
        }
        GeneratorSettings settings;
        try {
            settings = new GeneratorSettings(hospitals, firstYear, lastYear, seed, reports);
        } catch (IllegalArgumentException e) {
            err.println("generate: " + e.getMessage());
            return USAGE;
        }
        try {
            NationalDataGenerator.Summary summary = new NationalDataGenerator(settings).writeTo(dir);
            out.printf(
                    Locale.ROOT,
                    "generated %d hospitals, %d indicator values (%d-%d), %d reform pilots, %d consortia with %d members,"
                            + " %d reports: %.1f MB in %s in %.1f s%n",
                    summary.hospitals(),
                    summary.values(),
                    firstYear,
                    lastYear,
                    summary.pilots(),
                    summary.consortia(),
                    summary.members(),
                    summary.reports(),
                    summary.bytes() / 1e6,
                    dir,
                    summary.millis() / 1000.0);
            return OK;
        } catch (IllegalArgumentException e) {
            err.println("generate: " + e.getMessage());
            return USAGE;
        } catch (IOException e) {
            err.println("generate: cannot write " + dir + ": " + e.getMessage());
            return IO_ERROR;
        }
    }
}
