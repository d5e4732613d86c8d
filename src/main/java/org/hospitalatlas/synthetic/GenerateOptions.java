package org.hospitalatlas.synthetic;

import java.nio.file.Path;

/**
 * The {@code generate} command's arguments, parsed: {@code --name value} or {@code --name=value}, read in order,
 * so that the first bad argument is the one reported and {@code --help} only counts where an option is expected
 * (a value like {@code --seed --help} is a bad number). With {@code help} set the arguments after it were not read
 * and {@code out} may be null. Ranges are checked later by {@link GeneratorSettings}.
 */
record GenerateOptions(boolean help, Path out, int hospitals, int firstYear, int lastYear, long seed, int reports) {

    /** What is wrong with the arguments, printed before the usage line. */
    static final class UsageError extends Exception {
        UsageError(String message) {
            super(message);
        }
    }

    static GenerateOptions parse(String[] args) throws UsageError {
        int hospitals = 12_000;
        int firstYear = 2014;
        int lastYear = 2024;
        long seed = 42;
        int reports = 0;
        Path out = null;
        try {
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                if (arg.equals("-h") || arg.equals("--help")) {
                    return new GenerateOptions(true, out, hospitals, firstYear, lastYear, seed, reports);
                }
                String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
                String value = arg.contains("=")
                        ? arg.substring(arg.indexOf('=') + 1)
                        : (i + 1 < args.length ? args[++i] : null);
                if (value == null) {
                    throw new UsageError(name + " needs a value");
                }
                switch (name) {
                    case "--hospitals" -> hospitals = Integer.parseInt(value);
                    case "--seed" -> seed = Long.parseLong(value);
                    case "--reports" -> reports = Integer.parseInt(value);
                    case "--out" -> out = Path.of(value);
                    case "--years" -> {
                        String[] range = value.split("-", 2);
                        firstYear = Integer.parseInt(range[0].strip());
                        lastYear = range.length == 2 ? Integer.parseInt(range[1].strip()) : firstYear;
                    }
                    default -> throw new UsageError("unknown option " + name);
                }
            }
        } catch (NumberFormatException e) {
            throw new UsageError("not a number: " + e.getMessage());
        }
        if (out == null) {
            throw new UsageError("--out DIR is required");
        }
        return new GenerateOptions(false, out, hospitals, firstYear, lastYear, seed, reports);
    }

    /** The settings these options ask for; throws IllegalArgumentException when one is out of range. */
    GeneratorSettings settings() {
        return new GeneratorSettings(hospitals, firstYear, lastYear, seed, reports);
    }
}
