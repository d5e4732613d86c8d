package org.hospitalatlas.web;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hospitalatlas.shared.ControlCharacters;
import org.hospitalatlas.shared.InvalidInputException;
import org.hospitalatlas.shared.InvalidInputException.FieldError;

/**
 * Reads query parameters given as text and collects every problem before answering, so a 400 lists each
 * bad parameter at once (year=1800, size=10000 and sort=password together), not only the first.
 */
public final class QueryParameters {

    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2100;
    public static final int MAX_PAGE = 100_000;
    public static final int MAX_SIZE = 500;
    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_HOSPITALS = 50;
    public static final int MAX_INDICATORS = 20;
    public static final String LATEST = "latest";
    public static final List<String> KINDS = List.of("level", "yoy_change_pct");
    public static final String MIN_CONFIDENCE = "min_confidence";
    public static final String UPDATED_SINCE = "updated_since";
    public static final String UPDATED_SINCE_DESCRIPTION = "Only what was added or changed after this instant"
            + " (ISO-8601 with Z or an offset: 2024-05-01T08:00:00Z); removals are named by GET /api/v1/changes";

    private final List<FieldError> errors = new ArrayList<>();

    /** The trimmed value, or an error when it is missing or blank. */
    public String required(String name, String raw) {
        String value = text(name, raw, 200);
        if (value == null) {
            reject(name, "is required");
        }
        return value;
    }

    /** The trimmed value, null when blank; an error when longer than {@code maxLength}. */
    public String text(String name, String raw, int maxLength) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String value = raw.strip();
        if (value.length() > maxLength) {
            reject(name, "must be at most " + maxLength + " characters");
            return null;
        }
        return value;
    }

    /** A year between 1900 and 2100; null when absent, or when {@code latestAllowed} and "latest". */
    public Integer year(String name, String raw, boolean latestAllowed) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        if (latestAllowed) {
            try {
                return YearOrLatest.valueOf(raw).year();
            } catch (ParameterValueException e) {
                reject(name, e.getMessage());
                return null;
            }
        }
        Integer year = Years.parse(raw.strip());
        if (year == null) {
            reject(name, Years.RULE + " (was " + ParameterValueException.quoted(raw.strip()) + ")");
        }
        return year;
    }

    /**
     * The lowest confidence a fact may have to be answered, from 0 to 1 ({@value #MIN_CONFIDENCE}=0.8); 0, which
     * keeps every fact, when absent.
     */
    public BigDecimal minConfidence(String raw) {
        try {
            return MinConfidence.orAny(MinConfidence.valueOf(raw));
        } catch (ParameterValueException e) {
            reject(MIN_CONFIDENCE, e.getMessage());
            return BigDecimal.ZERO;
        }
    }

    /**
     * An ISO-8601 instant with its offset ({@value #UPDATED_SINCE}=2024-05-01T08:00:00Z or …+08:00); null when
     * absent.
     */
    public OffsetDateTime updatedSince(String raw) {
        try {
            return UpdatedSince.instantOf(UpdatedSince.valueOf(raw));
        } catch (ParameterValueException e) {
            reject(UPDATED_SINCE, e.getMessage());
            return null;
        }
    }

    public int page(String raw) {
        return bounded("page", raw, 0, MAX_PAGE, 0);
    }

    public int size(String raw) {
        return bounded("size", raw, 1, MAX_SIZE, DEFAULT_SIZE);
    }

    /** One of {@code allowed} (case-insensitive), {@code fallback} when absent. */
    public String oneOf(String name, String raw, List<String> allowed, String fallback) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        String value = raw.strip().toLowerCase(Locale.ROOT).replace('-', '_');
        if (!allowed.contains(value)) {
            reject(name, "must be one of " + allowed + " (was '" + raw.strip() + "')");
            return fallback;
        }
        return value;
    }

    /** review=confirmed (only figures a person confirmed or corrected) or any, the default. */
    public boolean reviewedOnly(String raw) {
        return "confirmed".equals(oneOf("review", raw, ApiExamples.REVIEWS, "any"));
    }

    /** A constant of {@code type} named in lowercase (sort=year, order=asc), {@code fallback} when absent. */
    public <E extends Enum<E>> E option(String name, String raw, Class<E> type, E fallback) {
        List<String> names = new ArrayList<>();
        for (E constant : type.getEnumConstants()) {
            names.add(constant.name().toLowerCase(Locale.ROOT));
        }
        String value = oneOf(name, raw, names, null);
        return value == null ? fallback : Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
    }

    /**
     * A comma-separated list, trimmed, without blanks or repeats; null when absent and not required.
     * More than {@code max} entries is an error.
     */
    public List<String> list(String name, String raw, int max, boolean required) {
        Set<String> values = new LinkedHashSet<>();
        if (raw != null) {
            for (String part : raw.split(",")) {
                if (!part.isBlank()) {
                    values.add(part.strip());
                }
            }
        }
        if (values.isEmpty()) {
            if (required) {
                reject(name, "is required: a comma-separated list");
            }
            return null;
        }
        if (values.size() > max) {
            reject(name, "must name at most " + max + " entries (was " + values.size() + ")");
            return null;
        }
        return List.copyOf(values);
    }

    /** Why {@code value} is not acceptable text, or null when it is: see {@link ControlCharacters}. */
    public static String controlCharacterProblem(String value) {
        return ControlCharacters.problem(value);
    }

    public void reject(String name, String message) {
        errors.add(new FieldError(name, message));
    }

    /** Throws the collected problems, if any, as one invalid-input answer. */
    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /** A whole number from {@code min} to {@code max}, {@code fallback} when absent. */
    public int bounded(String name, String raw, int min, int max, int fallback) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        Integer value = integer(raw.strip());
        if (value == null || value < min || value > max) {
            reject(name, "must be a whole number from " + min + " to " + max + " (was '" + raw.strip() + "')");
            return fallback;
        }
        return value;
    }

    private static Integer integer(String value) {
        if (!value.matches("[+-]?\\d{1,9}")) {
            return null;
        }
        return Integer.valueOf(value);
    }
}
