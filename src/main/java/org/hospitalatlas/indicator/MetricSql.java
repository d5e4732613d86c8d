package org.hospitalatlas.indicator;

import java.util.List;
import org.hospitalatlas.hospital.HospitalLabels;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The named pieces every read of indicator figures is composed of, and their composition, in one place: which facts
 * count ({@link #factsThatCount}), which of a scope ({@link #inScope}), how one figure is chosen among documents
 * ({@link #CHOICE}), the province filter ({@link #inProvince}) and the heads ending in a {@code metric} relation with
 * one row per code, hospital and year ({@link #metric}), and the compare's one-pass statement of the same pieces
 * ({@link #figuresOfAsked}). The repository fragments of this package append their tails to these heads; nothing
 * outside it sees SQL text. Parameters are always bound, never spliced in. Past 300 lines on purpose: split, the rules
 * for which figure counts and which is chosen would no longer be read in one place.
 */
final class MetricSql {

    private MetricSql() {}

    /** What a head's {@code metric} rows carry about the figures behind them. */
    enum Carry {
        /** The evidence columns {@link MetricRows#read} maps ({@code n_code}, {@code n_document}, …). */
        EVIDENCE,
        /** Only the chosen figures' ids ({@code n_id}, {@code d_id}), for {@link #EVIDENCE_COLUMNS} later. */
        IDS
    }

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

    /** The province test: a name starting with {@code :province}, escaped by {@code Like.escape}. */
    private static final String PROVINCE_LIKE = "province like :province || '%' escape '\\'";

    /** Hospitals {@code h} in {@code :province} (null = anywhere). */
    static String inProvince(String h) {
        return "(cast(:province as text) is null or %s.%s)".formatted(h, PROVINCE_LIKE);
    }

    /** Facts {@code v} of hospitals in {@code :province} (null = anywhere), without joining the register for it. */
    static String ofHospitalsInProvince(String v) {
        return "(cast(:province as text) is null or %s.hospital_id in (select h.id from hospital h where h.%s))"
                .formatted(v, PROVINCE_LIKE);
    }

    /** Hospitals {@code h} of a peer group: province, level and category, each null for any. */
    static String inPeerGroup(String h) {
        return inProvince(h) + """

                  and (cast(:level as text) is null or %1$s.level = :level)
                  and (cast(:category as text) is null or %1$s.category = :category)""".formatted(h);
    }

    /**
     * The head ending in {@code metric}: {@code wanted}, then {@code base} (per hospital, stored code and year the
     * chosen figure among the facts that count), then one row per code, hospital and year. A derived ratio needs both
     * inputs in the same year and a positive denominator; it is "exact" only when both inputs are. Without derived
     * ratios ({@code plain}) the rows come from {@code base} alone: the self-join that finds denominators costs as
     * much as the rest of a national ranking, and the join to {@code wanted} is estimated at 1 % of its rows, which
     * makes PostgreSQL probe the hospital register once per row instead of hashing it.
     */
    static String metric(boolean plain, Carry carry) {
        return WANTED + base(carry, "") + (plain ? plainMetric(carry) : ratioMetric(carry));
    }

    /**
     * {@link #metric} with {@link Carry#EVIDENCE} for the hospitals named by slug: the head also holds
     * {@link HospitalLabels#ASKED}'s {@code asked} relation (bind {@code :slugs}), and {@code base} reads only their
     * figures (bind the scope for every hospital), so a compare reads its hospitals and their figures in one statement.
     */
    static String metricOfAsked(boolean plain) {
        return WANTED
                + ", " + HospitalLabels.ASKED + "\n"
                + base(Carry.EVIDENCE, "\n  and v.hospital_id in (select a.asked_id from asked a)")
                + (plain ? plainMetric(Carry.EVIDENCE) : ratioMetric(Carry.EVIDENCE));
    }

    /** {@link #metricOfAsked} for hospitals known by id (bind {@code :hospitalsAsked}): no {@code asked} relation. */
    static String metricOfHospitals(boolean plain) {
        return WANTED
                + base(Carry.EVIDENCE, "\n  and v.hospital_id in (:hospitalsAsked)")
                + (plain ? plainMetric(Carry.EVIDENCE) : ratioMetric(Carry.EVIDENCE));
    }

    /**
     * The whole statement of a compare or matrix of stored codes only (no derived ratio) for the hospitals named by slug
     * ({@link HospitalLabels#ASKED}, bind {@code :slugs} and the scope for every hospital): rows as {@link #metricOfAsked}
     * with {@link #INPUT_FIGURES_BESIDE} gives them, read in one pass over the facts. Every fact that counts in scope of
     * a hospital asked is one row, numbered in its hospital, code and year in {@link #CHOICE}'s order ({@code f_rank}):
     * the first is the chosen figure, as {@code base}'s {@code distinct on} chooses it, and all of them are the figures
     * beside it, as the lateral join lists them (for a stored code its inputs are itself). Each row carries both the
     * chosen figure's columns ({@code code}, {@code value}, {@code n_…}) and the figure's ({@code f_…}); the reader takes
     * the former from the first row of each group. With {@code latest}, only each hospital's and code's latest year.
     * A hospital without figures keeps one row with a null code. Ordered by hospital, code, year and {@code f_rank}.
     */
    static String figuresOfAsked(boolean latest) {
        return """
                with %s
                , %s
                select a.*, f.*
                from asked a
                left join figure f on f.hospital_id = a.asked_id%s
                order by a.asked_id, f.code, f.year, f.f_rank
                """.formatted(
                        HospitalLabels.ASKED,
                        figure(latest, "v.hospital_id in (select a.asked_id from asked a)"),
                        latest ? " and f.year = f.latest_year" : "");
    }

    /**
     * {@link #figuresOfAsked} for hospitals known by id (bind {@code :hospitalsAsked} and the scope for every hospital):
     * the same rows without the hospitals' own columns, and none for a hospital without figures. Ordered by hospital,
     * code, year and {@code f_rank}.
     */
    static String figuresOfHospitals(boolean latest) {
        return """
                with %s
                select f.*
                from figure f%s
                order by f.hospital_id, f.code, f.year, f.f_rank
                """.formatted(
                figure(latest, "v.hospital_id in (:hospitalsAsked)"), latest ? "\nwhere f.year = f.latest_year" : "");
    }

    /** The {@code figure} relation of {@link #figuresOfAsked}: every fact that counts in scope of the hospitals asked. */
    private static String figure(boolean latest, String ofHospitalsAsked) {
        return """
                figure as (
                    select v.indicator_code as code, v.hospital_id, v.year, v.value, v.qualifier,
                           v.indicator_code as n_code, d.slug as n_document, v.char_start as n_start, v.char_end as n_end,
                           v.quote as n_quote, v.confidence as n_confidence, v.id as n_fact, v.review_state as n_review,
                           %s,
                           v.indicator_code as f_code, v.value as f_value, v.qualifier as f_qualifier,
                           d.slug as f_document, d.published_on as f_published_on, v.char_start as f_start,
                           v.char_end as f_end, v.quote as f_quote, v.confidence as f_confidence,
                           row_number() over (partition by v.hospital_id, v.indicator_code, v.year order by %s) as f_rank%s
                    from indicator_value v
                    join source_document d on d.id = v.document_id
                    where %s
                      and %s
                      and %s
                )""".formatted(
                noInputEvidence("d_"),
                CHOICE,
                latest ? ",\n max(v.year) over (partition by v.hospital_id, v.indicator_code) as latest_year" : "",
                factsThatCount("v"),
                inScope("v"),
                ofHospitalsAsked);
    }

    private static String base(Carry carry, String andHospitals) {
        String columns =
                carry == Carry.EVIDENCE ? """
                        v.hospital_id, v.indicator_code, v.year, v.value, v.qualifier, v.confidence,
                               d.slug as document, v.char_start, v.char_end, v.quote, v.id, v.review_state""" : "v.id, v.hospital_id, v.indicator_code, v.year, v.value, v.qualifier";
        return """
                , base as (
                    select distinct on (v.hospital_id, v.indicator_code, v.year)
                           %s
                    from indicator_value v
                    join source_document d on d.id = v.document_id
                    where %s
                      and %s%s
                    order by v.hospital_id, v.indicator_code, v.year, %s
                ),
                """.formatted(columns, factsThatCount("v"), inScope("v"), andHospitals, CHOICE);
    }

    private static String plainMetric(Carry carry) {
        return """
                metric as (
                    select n.indicator_code as code, n.hospital_id, n.year, n.value, n.qualifier,
                           %s
                    from base n
                )
                """.formatted(
                        carry == Carry.EVIDENCE
                                ? inputEvidence("n", "n_") + ",\n" + noInputEvidence("d_")
                                : "n.id as n_id, cast(null as bigint) as d_id");
    }

    private static String ratioMetric(Carry carry) {
        return """
                metric as (
                    select w.code, n.hospital_id, n.year,
                           case when w.denominator is null then n.value
                                else round(n.value / dn.value, 4) end as value,
                           case when w.denominator is null or (n.qualifier = 'exact' and dn.qualifier = 'exact')
                                then n.qualifier else 'approx' end as qualifier,
                           %s
                    from wanted w
                    join base n on n.indicator_code = w.numerator
                    left join base dn on dn.indicator_code = w.denominator
                                     and dn.hospital_id = n.hospital_id and dn.year = n.year
                    where w.denominator is null or dn.value > 0
                )
                """.formatted(
                        carry == Carry.EVIDENCE
                                ? inputEvidence("n", "n_") + ",\n" + inputEvidence("dn", "d_")
                                : "n.id as n_id, dn.id as d_id");
    }

    /** The evidence columns of one input {@code x} of {@code base}, named with {@code prefix}. */
    private static String inputEvidence(String x, String prefix) {
        return """
                %1$s.indicator_code as %2$scode, %1$s.document as %2$sdocument, %1$s.char_start as %2$sstart,
                %1$s.char_end as %2$send, %1$s.quote as %2$squote, %1$s.confidence as %2$sconfidence,
                %1$s.id as %2$sfact, %1$s.review_state as %2$sreview""".formatted(x, prefix);
    }

    private static String noInputEvidence(String prefix) {
        return """
                cast(null as text) as %1$scode, cast(null as text) as %1$sdocument, cast(null as integer) as %1$sstart,
                cast(null as integer) as %1$send, cast(null as text) as %1$squote,
                cast(null as numeric) as %1$sconfidence, cast(null as bigint) as %1$sfact,
                cast(null as text) as %1$sreview""".formatted(prefix);
    }

    /**
     * Whether the summaries ({@code V070}: each hospital's latest chosen figure and its years per code; {@code V090}:
     * each year's chosen figure) can answer for {@code scope}: they hold the facts that count with no lowest
     * confidence (every confidence is above 0) and no review asked for, of every hospital.
     */
    static boolean summarised(MetricValues.Scope scope) {
        return scope.minConfidence().signum() <= 0 && !scope.reviewedOnly() && scope.hospitalIds() == null;
    }

    /**
     * A head ending in {@code metric} like {@link #metric} with {@link Carry#IDS} over every year, keeping only each
     * hospital's latest year: read from the latest-value summary instead of every year's figures. Only for stored codes
     * and a {@link #summarised} scope.
     */
    static final String LATEST_METRIC_IDS = """
            with metric as (
                select s.indicator_code as code, s.hospital_id, s.latest_year as year, s.latest_value as value,
                       s.latest_qualifier as qualifier, s.latest_id as n_id, cast(null as bigint) as d_id
                from indicator_summary s
                where s.kind = :kind and s.indicator_code in (:codes)
            )
            """;

    /** The evidence columns {@link MetricRows#read} expects, for rows {@code r} of an {@link Carry#IDS} head. */
    static final String EVIDENCE_COLUMNS = """
            nv.indicator_code as n_code, nd.slug as n_document, nv.char_start as n_start, nv.char_end as n_end,
            nv.quote as n_quote, nv.confidence as n_confidence, nv.id as n_fact, nv.review_state as n_review,
            dv.indicator_code as d_code, dd.slug as d_document, dv.char_start as d_start, dv.char_end as d_end,
            dv.quote as d_quote, dv.confidence as d_confidence, dv.id as d_fact, dv.review_state as d_review
            """;

    /** Joins {@link #EVIDENCE_COLUMNS} to rows {@code r} carrying {@code n_id} and {@code d_id}. */
    static final String EVIDENCE_JOINS = """
            join indicator_value nv on nv.id = r.n_id
            join source_document nd on nd.id = nv.document_id
            left join indicator_value dv on dv.id = r.d_id
            left join source_document dd on dd.id = dv.document_id
            """;

    /**
     * Beside each row {@code c} of a {@code metric} relation: every figure that counts (of the scope's kind,
     * confidence and review) for its inputs ({@code n_code}, {@code d_code}) of its hospital and year, one row each,
     * the numerator's first and each input's in the order figures are chosen ({@code f_rank}); a row without any keeps
     * its place with nulls. What {@link FigureConflicts} lists as conflicts, read with the rows instead of after them.
     */
    static final String INPUT_FIGURES_BESIDE = """
            left join lateral (
                select v.indicator_code as f_code, v.value as f_value, v.qualifier as f_qualifier,
                       d.slug as f_document, d.published_on as f_published_on, v.char_start as f_start,
                       v.char_end as f_end, v.quote as f_quote, v.confidence as f_confidence,
                       row_number() over (order by v.indicator_code = c.d_code, %s) as f_rank
                from indicator_value v
                join source_document d on d.id = v.document_id
                where %s
                  and v.kind = :kind
                  and v.hospital_id = c.hospital_id
                  and v.year = c.year
                  and v.indicator_code in (c.n_code, c.d_code)
            ) f on true
            """.formatted(CHOICE, factsThatCount("v"));

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
