package org.hospitalatlas.hospital;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
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
        Map<String, Resolved> found = new HashMap<>();
        repository.findLabelsBySlugIn(slugs).stream()
                .map(LabelledHospital::resolved)
                .forEach(resolved -> found.put(resolved.label().slug(), resolved));
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
