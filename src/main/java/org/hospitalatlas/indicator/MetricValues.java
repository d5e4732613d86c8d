package org.hospitalatlas.indicator;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hospitalatlas.shared.Numbers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads indicator figures for comparison, catalogue codes and derived ratios alike. {@link #METRIC} is
 * the shared query head: it ends in a {@code metric} relation with one row per code, hospital and year.
 */
@Component
public class MetricValues {

    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2100;
    public static final String LEVEL = "level";
    public static final String YOY_CHANGE_PCT = "yoy_change_pct";

    /** The codes asked for, each as numerator and (for a derived ratio) denominator. */
    public static final String WANTED = """
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
     * Targets ({@code is_target}) never take part, nor rejected figures, nor figures less confident than {@code
     * :minConfidence}, nor (with {@code :reviewedOnly}) figures nobody confirmed or corrected. When several documents
     * give the same hospital, indicator, year and kind, a confirmed or corrected figure is chosen, then the most
     * recently published, then the most confident (docs/conflicts.md); the others are kept and listed as conflicts where they
     * differ ({@link FigureConflicts}). A derived ratio needs both inputs in the same year and a positive denominator; it is
     * "exact" only when both inputs are.
     */
    static final String METRIC = WANTED + """
            , base as (
                select distinct on (v.hospital_id, v.indicator_code, v.year)
                       v.hospital_id, v.indicator_code, v.year, v.value, v.qualifier, v.confidence,
                       d.slug as document, v.char_start, v.char_end, v.quote, v.id, v.review_state
                from indicator_value v
                join source_document d on d.id = v.document_id
                where not v.is_target
                  and v.kind = :kind
                  and v.year between :fromYear and :toYear
                  and v.indicator_code in (:inputs)
                  and (:allHospitals or v.hospital_id in (:hospitalIds))
                  and v.confidence >= :minConfidence
                  and v.review_state <> 'rejected'
                  and (not :reviewedOnly or v.review_state in ('confirmed', 'corrected'))
                order by v.hospital_id, v.indicator_code, v.year,
                         v.review_state in ('confirmed', 'corrected') desc, d.published_on desc nulls last,
                         v.confidence desc, v.id
            ),
            metric as (
                select w.code, n.hospital_id, n.year,
                       case when w.denominator is null then n.value
                            else round(n.value / dn.value, 4) end as value,
                       case when w.denominator is null or (n.qualifier = 'exact' and dn.qualifier = 'exact')
                            then n.qualifier else 'approx' end as qualifier,
                       n.indicator_code as n_code, n.document as n_document, n.char_start as n_start,
                       n.char_end as n_end, n.quote as n_quote, n.confidence as n_confidence,
                       n.id as n_fact, n.review_state as n_review,
                       dn.indicator_code as d_code, dn.document as d_document, dn.char_start as d_start,
                       dn.char_end as d_end, dn.quote as d_quote, dn.confidence as d_confidence,
                       dn.id as d_fact, dn.review_state as d_review
                from wanted w
                join base n on n.indicator_code = w.numerator
                left join base dn on dn.indicator_code = w.denominator
                                 and dn.hospital_id = n.hospital_id and dn.year = n.year
                where w.denominator is null or dn.value > 0
            )
            """;

    /**
     * Like {@link #METRIC}, choosing the same figures, but carrying only their ids instead of their evidence
     * ({@code n_id}, {@code d_id}; see {@link #EVIDENCE}): the head for ranking a whole country, which reads
     * only the covering index {@code ix_indicator_value_indicator_year} and the evidence of the page shown.
     */
    static final String METRIC_IDS = WANTED + """
            , base as (
                select distinct on (v.hospital_id, v.indicator_code, v.year)
                       v.id, v.hospital_id, v.indicator_code, v.year, v.value, v.qualifier
                from indicator_value v
                join source_document d on d.id = v.document_id
                where not v.is_target
                  and v.kind = :kind
                  and v.year between :fromYear and :toYear
                  and v.indicator_code in (:inputs)
                  and (:allHospitals or v.hospital_id in (:hospitalIds))
                  and v.confidence >= :minConfidence
                  and v.review_state <> 'rejected'
                  and (not :reviewedOnly or v.review_state in ('confirmed', 'corrected'))
                order by v.hospital_id, v.indicator_code, v.year,
                         v.review_state in ('confirmed', 'corrected') desc, d.published_on desc nulls last,
                         v.confidence desc, v.id
            ),
            metric as (
                select w.code, n.hospital_id, n.year,
                       case when w.denominator is null then n.value
                            else round(n.value / dn.value, 4) end as value,
                       case when w.denominator is null or (n.qualifier = 'exact' and dn.qualifier = 'exact')
                            then n.qualifier else 'approx' end as qualifier,
                       n.id as n_id, dn.id as d_id
                from wanted w
                join base n on n.indicator_code = w.numerator
                left join base dn on dn.indicator_code = w.denominator
                                 and dn.hospital_id = n.hospital_id and dn.year = n.year
                where w.denominator is null or dn.value > 0
            )
            """;

    /**
     * {@link #METRIC} for scopes without derived ratios (see {@link Scope#plain()}): the same rows without the
     * self-join that finds denominators, which costs as much as the rest of a national ranking, and without the
     * join to {@code wanted} (every code is its own input): PostgreSQL estimates that join at 1 % of its rows,
     * and then probes the hospital register once per row instead of hashing it.
     */
    static final String METRIC_PLAIN = METRIC.substring(0, METRIC.indexOf("metric as (")) + """
            metric as (
                select n.indicator_code as code, n.hospital_id, n.year, n.value, n.qualifier,
                       n.indicator_code as n_code, n.document as n_document, n.char_start as n_start,
                       n.char_end as n_end, n.quote as n_quote, n.confidence as n_confidence,
                       cast(null as text) as d_code, cast(null as text) as d_document, cast(null as integer) as d_start,
                       cast(null as integer) as d_end, cast(null as text) as d_quote,
                       cast(null as numeric) as d_confidence, n.id as n_fact, n.review_state as n_review,
                       cast(null as bigint) as d_fact, cast(null as text) as d_review
                from base n
            )
            """;

    /** {@link #METRIC_IDS} for scopes without derived ratios. */
    static final String METRIC_IDS_PLAIN = METRIC_IDS.substring(0, METRIC_IDS.indexOf("metric as (")) + """
            metric as (
                select n.indicator_code as code, n.hospital_id, n.year, n.value, n.qualifier, n.id as n_id,
                       cast(null as bigint) as d_id
                from base n
            )
            """;

    /** The evidence columns {@link #read} expects, for rows {@code r} of {@link #METRIC_IDS} joined by it. */
    public static final String EVIDENCE = """
            nv.indicator_code as n_code, nd.slug as n_document, nv.char_start as n_start, nv.char_end as n_end,
            nv.quote as n_quote, nv.confidence as n_confidence, nv.id as n_fact, nv.review_state as n_review,
            dv.indicator_code as d_code, dd.slug as d_document, dv.char_start as d_start, dv.char_end as d_end,
            dv.quote as d_quote, dv.confidence as d_confidence, dv.id as d_fact, dv.review_state as d_review
            """;

    /** Joins {@link #EVIDENCE} to rows {@code r} carrying {@code n_id} and {@code d_id}. */
    public static final String EVIDENCE_JOINS = """
            join indicator_value nv on nv.id = r.n_id
            join source_document nd on nd.id = nv.document_id
            left join indicator_value dv on dv.id = r.d_id
            left join source_document dd on dd.id = dv.document_id
            """;

    /**
     * Like {@link #METRIC} but only which hospital, code and year have a figure, without choosing among
     * documents or reading evidence: the cheap head for finding the latest year (coverage counts the same
     * presence its own way, see {@code CoverageQueries}). A figure given by two documents appears twice in
     * {@code metric}; count distinct hospitals and years.
     */
    public static final String PRESENCE = WANTED + """
            , present as not materialized (
                select v.hospital_id, v.indicator_code, v.year, v.value
                from indicator_value v
                where not v.is_target
                  and v.kind = :kind
                  and v.year between :fromYear and :toYear
                  and v.indicator_code in (:inputs)
                  and (:allHospitals or v.hospital_id in (:hospitalIds))
                  and v.confidence >= :minConfidence
                  and v.review_state <> 'rejected'
                  and (not :reviewedOnly or v.review_state in ('confirmed', 'corrected'))
            ),
            metric as (
                select w.code, n.hospital_id, n.year
                from wanted w
                join present n on n.indicator_code = w.numerator
                where w.denominator is null
                   or exists (select 1 from present dn
                              where dn.indicator_code = w.denominator and dn.hospital_id = n.hospital_id
                                and dn.year = n.year and dn.value > 0)
            )
            """;

    /**
     * Which figures to read: indicator codes, kind, a year range, hospitals (null for every hospital) and the
     * lowest confidence (0 for every figure). {@code inputs} are the stored codes they need: each code itself, or
     * a derived ratio's two inputs, both of which must be confident enough.
     */
    public record Scope(
            List<String> codes,
            List<String> inputs,
            String kind,
            int fromYear,
            int toYear,
            List<Long> hospitalIds,
            BigDecimal minConfidence,
            boolean reviewedOnly) {

        /** This scope, leaving out figures less confident than {@code confidence}. */
        public Scope atLeast(BigDecimal confidence) {
            return new Scope(codes, inputs, kind, fromYear, toYear, hospitalIds, confidence, reviewedOnly);
        }

        /** This scope, with only figures a person confirmed or corrected when {@code reviewed} (review=confirmed). */
        public Scope reviewedOnly(boolean reviewed) {
            return new Scope(codes, inputs, kind, fromYear, toYear, hospitalIds, minConfidence, reviewed);
        }

        /** No derived ratio among the codes: every code is its own single input. */
        boolean plain() {
            return codes.equals(inputs);
        }

        /** The head ending in {@code metric} with evidence, as plain as the codes allow. */
        String metric() {
            return plain() ? METRIC_PLAIN : METRIC;
        }

        /** The head ending in {@code metric} with evidence ids, as plain as the codes allow. */
        public String metricIds() {
            return plain() ? METRIC_IDS_PLAIN : METRIC_IDS;
        }

        public static Scope of(
                List<IndicatorInfo> indicators, String kind, int fromYear, int toYear, List<Long> hospitalIds) {
            Set<String> inputs = new LinkedHashSet<>();
            for (IndicatorInfo indicator : indicators) {
                inputs.addAll(indicator.derived() ? indicator.inputs() : List.of(indicator.code()));
            }
            return new Scope(
                    indicators.stream().map(IndicatorInfo::code).toList(),
                    List.copyOf(inputs),
                    kind,
                    fromYear,
                    toYear,
                    hospitalIds,
                    BigDecimal.ZERO,
                    false);
        }

        /** Levels in {@code year}, or in every year when it is null. */
        public static Scope levels(List<IndicatorInfo> indicators, Integer year, List<Long> hospitalIds) {
            return of(
                    indicators, LEVEL, year == null ? FIRST_YEAR : year, year == null ? LAST_YEAR : year, hospitalIds);
        }
    }

    private final JdbcClient jdbc;
    private final FigureConflicts conflicts;

    MetricValues(JdbcClient jdbc, FigureConflicts conflicts) {
        this.jdbc = jdbc;
        this.conflicts = conflicts;
    }

    /** Every figure in scope, by code, hospital and year. */
    public List<MetricValue> values(Scope scope) {
        if (scope.codes().isEmpty()
                || (scope.hospitalIds() != null && scope.hospitalIds().isEmpty())) {
            return List.of();
        }
        return conflicts.attach(
                bind(
                                jdbc.sql(scope.metric()
                                        + "select m.* from metric m order by m.code, m.hospital_id, m.year"),
                                scope)
                        .query((rs, row) -> read(rs))
                        .list(),
                scope);
    }

    /** Each hospital's figure of the latest year in scope, by code and hospital. */
    public List<MetricValue> latest(Scope scope) {
        if (scope.codes().isEmpty()
                || (scope.hospitalIds() != null && scope.hospitalIds().isEmpty())) {
            return List.of();
        }
        return conflicts.attach(
                bind(jdbc.sql(scope.metric() + """
                                        select distinct on (m.code, m.hospital_id) m.*
                                        from metric m
                                        order by m.code, m.hospital_id, m.year desc
                                        """), scope)
                        .query((rs, row) -> read(rs))
                        .list(),
                scope);
    }

    public static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, Scope scope) {
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

    /** Maps a row of {@code metric} (selected as {@code m.*}). */
    public static MetricValue read(ResultSet rs) throws SQLException {
        List<ValueEvidence> evidence = new ArrayList<>(2);
        evidence.add(evidence(rs, "n_"));
        if (rs.getString("d_code") != null) {
            evidence.add(evidence(rs, "d_"));
        }
        return new MetricValue(
                rs.getString("code"),
                rs.getLong("hospital_id"),
                rs.getInt("year"),
                Numbers.plain(rs.getBigDecimal("value")),
                rs.getString("qualifier"),
                List.copyOf(evidence),
                List.of());
    }

    private static ValueEvidence evidence(ResultSet rs, String prefix) throws SQLException {
        return new ValueEvidence(
                rs.getString(prefix + "code"),
                rs.getString(prefix + "document"),
                rs.getInt(prefix + "start"),
                rs.getInt(prefix + "end"),
                rs.getString(prefix + "quote"),
                Numbers.plain(rs.getBigDecimal(prefix + "confidence")),
                rs.getLong(prefix + "fact"),
                rs.getString(prefix + "review"));
    }
}
