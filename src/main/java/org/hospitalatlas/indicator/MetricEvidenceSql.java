package org.hospitalatlas.indicator;

/**
 * The evidence read beside the rows of a {@code metric} relation ({@link MetricHeadSql}): the documents and quotes of
 * the chosen figures, for heads that carry only their ids, and every figure that counts beside each row, which
 * {@link FigureConflicts} lists as conflicts.
 */
final class MetricEvidenceSql {

    private MetricEvidenceSql() {}

    /** The evidence columns {@link MetricRows#read} expects, for rows {@code r} of a {@link MetricHeadSql.Carry#IDS} head. */
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
            """.formatted(MetricSql.CHOICE, MetricSql.factsThatCount("v"));
}
