package org.hospitalatlas.indicator;

import java.util.List;
import org.hospitalatlas.shared.ProvinceFilter;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The rules every read of indicator figures is composed of, in one place: which facts count
 * ({@link #factsThatCount}), which of a scope ({@link #inScope}), how one figure is chosen among documents
 * ({@link #CHOICE}), the codes asked for ({@link #WANTED}), the province and peer-group filters ({@link #inProvince},
 * {@link #inPeerGroup}), when the summaries can answer ({@link #summarised}), and the binding of their parameters
 * ({@link #bind}). The statements composed of them are {@link MetricHeadSql}'s heads ending in a {@code metric}
 * relation and {@link MetricEvidenceSql}'s evidence; the repository fragments of this package append their tails to
 * those. Nothing outside this package sees SQL text. Parameters are always bound, never spliced in.
 */
final class MetricSql {

    private MetricSql() {}

    /** The codes asked for, each as numerator and (for a derived ratio) denominator. */
    static final String WANTED = """
            with wanted as (
                select i.code, i.code as numerator, cast(null as text) as denominator
                from indicator i
                where i.code in (:codes)
                union all
                select x.code, x.numerator, x.denominator
                from derived_indicator x
                where x.code in (:codes) and :kind = 'level'
            )
            """;

    /**
     * A confirmed or corrected figure first, then the most recently published, then the most confident
     * (docs/conflicts.md); for figures {@code v} of documents {@code d}.
     */
    static final String CHOICE =
            "v.review_state in ('confirmed', 'corrected') desc, d.published_on desc nulls last, v.confidence desc, v.id";

    /**
     * The facts that count, for figures aliased {@code v}: never targets ({@code is_target}) nor rejected figures,
     * nor figures less confident than {@code :minConfidence}, nor (with {@code :reviewedOnly}) figures nobody
     * confirmed or corrected.
     */
    static String factsThatCount(String v) {
        return """
                not %1$s.is_target
                  and %1$s.confidence >= :minConfidence
                  and %1$s.review_state <> 'rejected'
                  and (not :reviewedOnly or %1$s.review_state in ('confirmed', 'corrected'))""".formatted(v);
    }

    /** The facts of a {@link MetricValues.Scope}: its kind, years, stored codes and hospitals. */
    static String inScope(String v) {
        return """
                %1$s.kind = :kind
                  and %1$s.year between :fromYear and :toYear
                  and %1$s.indicator_code in (:inputs)
                  and %2$s""".formatted(v, ofHospitals(v + ".hospital_id"));
    }

    /** Rows whose {@code hospitalId} column is one of the scope's hospitals ({@code :allHospitals}, or {@code :hospitalIds}). */
    static String ofHospitals(String hospitalId) {
        return "(:allHospitals or %s in (:hospitalIds))".formatted(hospitalId);
    }

    /** Hospitals {@code h} in {@code :province} (null = anywhere): {@link ProvinceFilter}. */
    static String inProvince(String h) {
        return ProvinceFilter.of(h);
    }

    /** Facts {@code v} of hospitals in {@code :province} (null = anywhere), without joining the register for it. */
    static String ofHospitalsInProvince(String v) {
        return ProvinceFilter.whenAsked(
                v + ".hospital_id in (select h.id from hospital h where " + ProvinceFilter.startsWith("h") + ")");
    }

    /** Hospitals {@code h} of a peer group: province, level and category, each null for any. */
    static String inPeerGroup(String h) {
        return inProvince(h) + """

                  and (cast(:level as text) is null or %1$s.level = :level)
                  and (cast(:category as text) is null or %1$s.category = :category)""".formatted(h);
    }

    /**
     * Whether the summaries ({@code V070}: each hospital's latest chosen figure and its years per code; {@code V090}:
     * each year's chosen figure) can answer for {@code scope}: they hold the facts that count with no lowest
     * confidence (every confidence is above 0) and no review asked for, of every hospital.
     */
    static boolean summarised(MetricValues.Scope scope) {
        return scope.minConfidence().signum() <= 0 && !scope.reviewedOnly() && scope.hospitalIds() == null;
    }

    /** The hospital label columns {@link MetricRows#label} maps, of hospitals {@code h}. */
    static String labelColumns(String h) {
        return "%1$s.slug, %1$s.name_zh as name, %1$s.province, %1$s.city, %1$s.level, %1$s.category".formatted(h);
    }

    /** Binds the parameters of {@link #WANTED}, {@link #factsThatCount} and {@link #inScope} for {@code scope}. */
    static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, MetricValues.Scope scope) {
        boolean all = scope.hospitalIds() == null;
        return statement
                .param("codes", scope.codes())
                .param("inputs", scope.inputs())
                .param("kind", scope.kind())
                .param("fromYear", scope.fromYear())
                .param("toYear", scope.toYear())
                .param("minConfidence", scope.minConfidence())
                .param("reviewedOnly", scope.reviewedOnly())
                .param("allHospitals", all)
                // an IN list may not be empty; with allHospitals it is never looked at
                .param("hospitalIds", all || scope.hospitalIds().isEmpty() ? List.of(-1L) : scope.hospitalIds());
    }
}
