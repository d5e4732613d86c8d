package org.hospitalatlas.hospital;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Resolves hospital slugs named in a request; an unknown slug is the hospital module's not-found. */
@Component
public class HospitalLabels {

    /** A hospital of a request: its id for queries, its label for the answer. */
    public record Resolved(long id, HospitalLabel label) {}

    /** The label's columns of {@code hospital h}, for SQL of other modules that maps them with {@link #label}. */
    public static final String COLUMNS = "h.slug, h.name_zh as name, h.province, h.city, h.level, h.category";

    /**
     * The hospitals named by the IN list {@code :slugs}, as a named piece for another module's statement (a {@code with}
     * item): the relation {@code asked(asked_id, slug, name, province, city, level, category)}, one row per hospital
     * found, mapped by {@link #asked(ResultSet)} and put in the order asked by {@link #inOrder}. A compare reads them
     * with its figures in one statement instead of a statement of its own.
     */
    public static final String ASKED = """
            asked as (
                select h.id as asked_id, %s
                from hospital h
                where h.slug in (:slugs)
            )""".formatted(COLUMNS);

    private final HospitalRepository repository;
    private final HospitalService hospitals;

    HospitalLabels(HospitalRepository repository, HospitalService hospitals) {
        this.repository = repository;
        this.hospitals = hospitals;
    }

    /** The hospitals named by {@code slugs}, in that order. */
    public List<Resolved> requireAll(List<String> slugs) {
        if (slugs.isEmpty()) {
            return List.of();
        }
        return inOrder(
                slugs,
                repository.findLabelsBySlugIn(slugs).stream()
                        .map(LabelledHospital::resolved)
                        .toList());
    }

    /**
     * The hospitals named by {@code slugs}, in that order, from those a statement found ({@link #ASKED}); an unknown
     * slug is the not-found {@link #requireAll} gives.
     */
    public List<Resolved> inOrder(List<String> slugs, Collection<Resolved> hospitalsFound) {
        Map<String, Resolved> found = new HashMap<>();
        hospitalsFound.forEach(resolved -> found.put(resolved.label().slug(), resolved));
        List<Resolved> ordered = new ArrayList<>(slugs.size());
        for (String slug : slugs) {
            Resolved resolved = found.get(slug);
            if (resolved == null) {
                hospitals.require(slug); // throws the not-found naming it, with close matches
            }
            ordered.add(resolved);
        }
        return ordered;
    }

    public Resolved require(String slug) {
        return requireAll(List.of(slug)).get(0);
    }

    /** Maps a row of {@link #ASKED}. */
    public static Resolved asked(ResultSet rs) throws SQLException {
        return new Resolved(rs.getLong("asked_id"), label(rs));
    }

    /** Maps the {@link #COLUMNS} of a row. */
    public static HospitalLabel label(ResultSet rs) throws SQLException {
        return new HospitalLabel(
                rs.getString("slug"),
                rs.getString("name"),
                rs.getString("province"),
                rs.getString("city"),
                rs.getString("level"),
                rs.getString("category"));
    }
}
