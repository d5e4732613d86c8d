package org.hospitalatlas.web;

/**
 * The names and limits of the query parameters. Their values are bound to parameter records ({@code @ParameterObject}),
 * which the value types ({@link YearOrLatest}, {@link MinConfidence}, {@link UpdatedSince}) and constraints
 * ({@link Paging}, {@link Years}, {@link MaxEntries}) check, and {@link ParameterProblems} turns what they refuse into
 * one problem answer naming every bad parameter.
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
    public static final String MIN_CONFIDENCE = "min_confidence";
    public static final String UPDATED_SINCE = "updated_since";
    public static final String UPDATED_SINCE_DESCRIPTION = "Only what was added or changed after this instant"
            + " (ISO-8601 with Z or an offset: 2024-05-01T08:00:00Z); removals are named by GET /api/v1/changes";

    private QueryParameters() {}
}
