package org.hospitalatlas.indicator;

import org.hospitalatlas.hospital.HospitalLabels;

/**
 * The heads of the reads of indicator figures, composed of {@link MetricSql}'s rules: each ends in a {@code metric}
 * relation with one row per code, hospital and year ({@link #metric}, {@link #metricOfAsked},
 * {@link #metricOfHospitals}, {@link #LATEST_METRIC_IDS}), or is the compare's one-pass statement of the same pieces
 * ({@link #figuresOfAsked}, {@link #figuresOfHospitals}). The repository fragments of this package append their tails.
 */
final class MetricHeadSql {

    private MetricHeadSql() {}

    /** What a head's {@code metric} rows carry about the figures behind them. */
    enum Carry {
        /** The evidence columns {@link MetricRows#read} maps ({@code n_code}, {@code n_document}, …). */
        EVIDENCE,
        /** Only the chosen figures' ids ({@code n_id}, {@code d_id}), for {@link MetricEvidenceSql} to join later. */
        IDS
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
        return MetricSql.WANTED + base(carry, "") + (plain ? plainMetric(carry) : ratioMetric(carry));
    }

    /**
     * {@link #metric} with {@link Carry#EVIDENCE} for the hospitals named by slug: the head also holds
     * {@link HospitalLabels#ASKED}'s {@code asked} relation (bind {@code :slugs}), and {@code base} reads only their
     * figures (bind the scope for every hospital), so a compare reads its hospitals and their figures in one statement.
     */
    static String metricOfAsked(boolean plain) {
        return MetricSql.WANTED
                + ", " + HospitalLabels.ASKED + "\n"
                + base(Carry.EVIDENCE, "\n  and v.hospital_id in (select a.asked_id from asked a)")
                + (plain ? plainMetric(Carry.EVIDENCE) : ratioMetric(Carry.EVIDENCE));
    }

    /** {@link #metricOfAsked} for hospitals known by id (bind {@code :hospitalsAsked}): no {@code asked} relation. */
    static String metricOfHospitals(boolean plain) {
        return MetricSql.WANTED
                + base(Carry.EVIDENCE, "\n  and v.hospital_id in (:hospitalsAsked)")
                + (plain ? plainMetric(Carry.EVIDENCE) : ratioMetric(Carry.EVIDENCE));
    }

    /**
     * The whole statement of a compare or matrix of stored codes only (no derived ratio) for the hospitals named by slug
     * ({@link HospitalLabels#ASKED}, bind {@code :slugs} and the scope for every hospital): rows as {@link #metricOfAsked}
     * with {@link MetricEvidenceSql#INPUT_FIGURES_BESIDE} gives them, read in one pass over the facts. Every fact that
     * counts in scope of a hospital asked is one row, numbered in its hospital, code and year in
     * {@link MetricSql#CHOICE}'s order ({@code f_rank}): the first is the chosen figure, as {@code base}'s
     * {@code distinct on} chooses it, and all of them are the figures beside it, as the lateral join lists them (for a
     * stored code its inputs are itself). Each row carries both the chosen figure's columns ({@code code},
     * {@code value}, {@code n_…}) and the figure's ({@code f_…}); the reader takes the former from the first row of each
     * group. With {@code latest}, only each hospital's and code's latest year. A hospital without figures keeps one row
     * with a null code. Ordered by hospital, code, year and {@code f_rank}.
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
                MetricSql.CHOICE,
                latest ? ",\n max(v.year) over (partition by v.hospital_id, v.indicator_code) as latest_year" : "",
                MetricSql.factsThatCount("v"),
                MetricSql.inScope("v"),
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
                """.formatted(
                        columns, MetricSql.factsThatCount("v"), MetricSql.inScope("v"), andHospitals, MetricSql.CHOICE);
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
     * A head ending in {@code metric} like {@link #metric} with {@link Carry#IDS} over every year, keeping only each
     * hospital's latest year: read from the latest-value summary instead of every year's figures. Only for stored codes
     * and a {@link MetricSql#summarised} scope.
     */
    static final String LATEST_METRIC_IDS = """
            with metric as (
                select s.indicator_code as code, s.hospital_id, s.latest_year as year, s.latest_value as value,
                       s.latest_qualifier as qualifier, s.latest_id as n_id, cast(null as bigint) as d_id
                from indicator_summary s
                where s.kind = :kind and s.indicator_code in (:codes)
            )
            """;
}
