package org.hospitalatlas.document;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.hospitalatlas.extraction.DocumentExtractor;
import org.hospitalatlas.extraction.DocumentMetadata;
import org.hospitalatlas.shared.StrictUtf8;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code java -jar hospital-atlas.jar extract [--published-on YYYY-MM-DD] FILE...}: prints each file's
 * facts as one JSON object per line. No database, no web server. Exit 0 when every file was read, 2 when
 * a file was unreadable or not UTF-8 (the others are still printed), 64 on a usage error.
 */
public final class ExtractCommand {

    static final int OK = 0;
    static final int BAD_FILE = 2;
    static final int USAGE = 64;

    private final PrintStream out;
    private final PrintStream err;

    ExtractCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static int run(String[] args) {
        return new ExtractCommand(System.out, System.err).execute(args);
    }

    int execute(String[] args) {
        LocalDate publishedOn = null;
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--published-on") || arg.startsWith("--published-on=")) {
                String value = arg.contains("=")
                        ? arg.substring(arg.indexOf('=') + 1)
                        : (i + 1 < args.length ? args[++i] : "");
                try {
                    publishedOn = LocalDate.parse(value);
                } catch (DateTimeParseException e) {
                    err.println("extract: --published-on needs a date like 2022-09-14, got '" + value + "'");
                    return USAGE;
                }
            } else if (arg.equals("-h") || arg.equals("--help")) {
                out.println("usage: extract [--published-on YYYY-MM-DD] FILE...");
                return OK;
            } else if (arg.startsWith("--")) {
                err.println("extract: unknown option " + arg + "\nusage: extract [--published-on YYYY-MM-DD] FILE...");
                return USAGE;
            } else {
                files.add(Path.of(arg));
            }
        }
        if (files.isEmpty()) {
            err.println("usage: extract [--published-on YYYY-MM-DD] FILE...");
            return USAGE;
        }
        DocumentExtractor extractor = DocumentExtractor.withDefaultResources();
        JsonMapper json = JsonMapper.builder().build();
        int status = OK;
        for (Path file : files) {
            String text;
            try {
                text = StrictUtf8.read(file);
            } catch (CharacterCodingException e) {
                err.println("extract: " + file + " is not UTF-8 text; convert it first (e.g. iconv -f GBK -t UTF-8)");
                status = BAD_FILE;
                continue;
            } catch (IOException e) {
                err.println("extract: cannot read " + file + ": " + describe(e));
                status = BAD_FILE;
                continue;
            }
            String name = file.getFileName().toString().replaceFirst("\\.[^.]+$", "");
            ExtractionView view =
                    ExtractionView.of(name, extractor.extract(text, new DocumentMetadata(null, null, publishedOn)));
            out.println(json.writeValueAsString(view));
        }
        out.flush();
        return status;
    }

    private static String describe(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
