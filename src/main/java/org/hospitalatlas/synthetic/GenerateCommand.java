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
        GenerateOptions options;
        try {
            options = GenerateOptions.parse(args);
        } catch (GenerateOptions.UsageError e) {
            err.println("generate: " + e.getMessage() + "\n" + USAGE_LINE);
            return USAGE;
        }
        if (options.help()) {
            out.println(USAGE_LINE);
            return OK;
        }
        GeneratorSettings settings;
        try {
            settings = options.settings();
        } catch (IllegalArgumentException e) {
            err.println("generate: " + e.getMessage());
            return USAGE;
        }
        Path dir = options.out();
        try {
            NationalDataGenerator.Summary summary = new NationalDataGenerator(settings).writeTo(dir);
            out.printf(
                    Locale.ROOT,
                    "generated %d hospitals, %d indicator values (%d-%d), %d reform pilots, %d consortia with %d members,"
                            + " %d reports: %.1f MB in %s in %.1f s%n",
                    summary.hospitals(),
                    summary.values(),
                    settings.firstYear(),
                    settings.lastYear(),
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
