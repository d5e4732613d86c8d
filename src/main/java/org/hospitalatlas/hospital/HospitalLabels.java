package org.hospitalatlas.hospital;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hospitalatlas.database.DataVersion;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Resolves hospital slugs named in a request; an unknown slug is the hospital module's not-found. The labels of the
 * slugs asked for are kept per data version ({@link #requireAllKept}), as the indicator catalogue is, so that a compare
 * names its hospitals by id to the database.
 */
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

    /** The labels of the hospitals asked for so far under one data version, by slug (unknown slugs are not kept). */
    private record Kept(long version, Map<String, Resolved> bySlug) {}

    private final HospitalRepository repository;
    private final HospitalService hospitals;
    private final DataVersion dataVersion;
    private final TransactionTemplate readOnly;
    private volatile Kept kept;

    HospitalLabels(
            HospitalRepository repository,
            HospitalService hospitals,
            DataVersion dataVersion,
            PlatformTransactionManager transactions) {
        this.repository = repository;
        this.hospitals = hospitals;
        this.dataVersion = dataVersion;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
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
     * {@link #requireAll}, from labels kept under the current data version: a slug not asked for yet under it is read
     * (all such slugs of a request in one query) and kept, so a compare of hospitals asked before costs no read of the
     * register. The version is read before the register, so what is kept is never older than the version it is kept
     * under. Inside a transaction that may write, read as it sees them and kept nothing (as the catalogue).
     */
    public List<Resolved> requireAllKept(List<String> slugs) {
        if (slugs.isEmpty()) {
            return List.of();
        }
        if (TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            return requireAll(slugs);
        }
        long version = dataVersion.current();
        Kept labels = kept;
        if (labels == null || labels.version() != version) {
            labels = new Kept(version, new ConcurrentHashMap<>());
            kept = labels;
        }
        List<String> missing = null;
        for (String slug : slugs) {
            if (!labels.bySlug().containsKey(slug)) {
                (missing == null ? missing = new ArrayList<>() : missing).add(slug);
            }
        }
        if (missing != null) {
            // read-only: no write for the data version's cache to notice (WriteNoticingDataSource)
            List<String> toRead = missing;
            for (LabelledHospital found : readOnly.execute(status -> repository.findLabelsBySlugIn(toRead))) {
                Resolved resolved = found.resolved();
                labels.bySlug().put(resolved.label().slug(), resolved);
            }
        }
        return inOrder(slugs, labels.bySlug());
    }

    /**
     * The hospitals named by {@code slugs}, in that order, from those a statement found ({@link #ASKED}); an unknown
     * slug is the not-found {@link #requireAll} gives.
     */
    public List<Resolved> inOrder(List<String> slugs, Collection<Resolved> hospitalsFound) {
        Map<String, Resolved> found = new HashMap<>();
        hospitalsFound.forEach(resolved -> found.put(resolved.label().slug(), resolved));
        return inOrder(slugs, found);
    }

    private List<Resolved> inOrder(List<String> slugs, Map<String, Resolved> found) {
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
