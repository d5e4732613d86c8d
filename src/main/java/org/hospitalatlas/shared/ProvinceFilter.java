package org.hospitalatlas.shared;

/**
 * The province filter as named SQL pieces, the one way every read filters hospitals by province: a hospital's
 * {@code province} starts with the text bound to {@code :province} ({@link #bound}: escaped by {@link Like#escape}, so
 * that % and _ match themselves, and the prefix's % added in SQL); a null {@code :province} keeps every hospital. A
 * read composes the pieces with its own aliases and binds {@code :province} with {@link #bound}.
 */
public final class ProvinceFilter {

    private ProvinceFilter() {}

    /** Hospital {@code h}'s province starts with {@code :province}, which must not be null (see {@link #whenAsked}). */
    public static String startsWith(String h) {
        return h + ".province like :province || '%' escape '\\'";
    }

    /** {@code condition} (on {@code :province}) when a province is asked for; true when {@code :province} is null. */
    public static String whenAsked(String condition) {
        return "(cast(:province as text) is null or " + condition + ")";
    }

    /** Hospital {@code h} is in {@code :province}, or no province is asked for. */
    public static String of(String h) {
        return whenAsked(startsWith(h));
    }

    /** The value to bind to {@code :province} for the province asked for (null for any). */
    public static String bound(String province) {
        return province == null ? null : Like.escape(province);
    }
}
