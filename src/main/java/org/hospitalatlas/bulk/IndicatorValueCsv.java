package org.hospitalatlas.bulk;

import java.util.List;
import java.util.Set;

/**
 * {@code hospital_slug,indicator_code,year,kind,value,qualifier}: one figure per row, in the catalogue unit.
 * {@code kind} defaults to {@code level}, {@code qualifier} to {@code exact} for a new figure (an empty or absent
 * qualifier keeps a stored figure's); imported figures are actual figures, never targets.
 */
final class IndicatorValueCsv implements CsvFormat {

    /**
     * The rows as stored. The checks' other refusals are the table's too (types, NOT NULL, the checks on year,
     * kind and qualifier, the indicator's foreign key); the join leaves out unknown hospitals and the filter what
     * only the checks refuse, NaN and negative levels.
     */
    private static final Rows ROWS = new Rows(
            "hospital_id, indicator_code, year, kind, value, qualifier, is_target, document_id, char_start, char_end,"
                    + " quote, confidence, source_line",
            rows("coalesce(s.qualifier, 'exact')"));

    /** The same rows with the qualifier as given (null when empty or absent), for the upsert to keep a stored one. */
    private static final String ROWS_AS_GIVEN = rows("s.qualifier");

    private static String rows(String qualifier) {
        return """
            select h.id as hospital_id, s.indicator_code, cast(s.year as smallint) as year,
                   coalesce(s.kind, 'level') as kind, cast(s.value as numeric(24,6)) as value,
                   %s as qualifier, false as is_target, cast(:document as bigint) as document_id,
                   cast(:start as integer) as char_start, cast(:end as integer) as char_end, cast(:quote as text) as quote,
                   cast(1 as numeric(4,3)) as confidence, s.line as source_line
            from bulk_stage s
            join hospital h on h.slug = s.hospital_slug
            where cast(s.value as numeric) <> 'NaN'
              and (coalesce(s.kind, 'level') <> 'level' or cast(s.value as numeric) >= 0)
            """.formatted(qualifier);
    }

    @Override
    public List<String> columns() {
        return List.of("hospital_slug", "indicator_code", "year", "kind", "value", "qualifier");
    }

    @Override
    public Set<String> required() {
        return Set.of("hospital_slug", "indicator_code", "year", "value");
    }

    @Override
    public String rejectedRows() {
        return """
                select line, reason
                from (select s.line,
                             case
                                 when s.hospital_slug is null then 'hospital_slug: missing'
                                 when h.id is null
                                     then 'hospital_slug: no hospital ''' || left(s.hospital_slug, 100) || ''''
                                 when s.indicator_code is null then 'indicator_code: missing'
                                 when i.code is null
                                     then 'indicator_code: no indicator ''' || left(s.indicator_code, 100) || ''''
                                 when not pg_input_is_valid(coalesce(s.year, ''), 'smallint')
                                     then 'year: ''' || left(coalesce(s.year, ''), 100) || ''' is not a year'
                                 when cast(s.year as smallint) not between 1900 and 2100
                                     then 'year: ' || s.year || ' is outside 1900-2100'
                                 when coalesce(s.kind, 'level') not in ('level', 'yoy_change_pct')
                                     then 'kind: ''' || left(s.kind, 100) || ''' is neither level nor yoy_change_pct'
                                 when not pg_input_is_valid(coalesce(s.value, ''), 'numeric(24,6)')
                                     then 'value: ''' || left(coalesce(s.value, ''), 100)
                                          || ''' is not a number of at most 18 digits before the point'
                                 when cast(s.value as numeric) = 'NaN' then 'value: NaN is not a figure'
                                 when coalesce(s.kind, 'level') = 'level' and cast(s.value as numeric) < 0
                                     then 'value: ' || s.value || ' is negative; only a yoy_change_pct can be'
                                 when coalesce(s.qualifier, 'exact') not in ('exact', 'approx', 'at_most', 'at_least')
                                     then 'qualifier: ''' || left(s.qualifier, 100)
                                          || ''' is not exact, approx, at_most or at_least'
                             end as reason
                      from bulk_stage s
                      left join hospital h on h.slug = s.hospital_slug
                      left join indicator i on i.code = s.indicator_code) checked
                where reason is not null
                """;
    }

    @Override
    public String duplicateRows() {
        return """
                select line, 'duplicate of line ' || first_line || ': same hospital_slug, indicator_code, year and kind'
                       as reason
                from (select s.line,
                             min(s.line) over (partition by s.hospital_slug, s.indicator_code,
                                                            cast(s.year as smallint), coalesce(s.kind, 'level'))
                                 as first_line
                      from bulk_stage s) d
                where line <> first_line
                """;
    }

    @Override
    public boolean duplicatesFirst() {
        return false;
    }

    /**
     * A {@code MERGE} rather than {@code INSERT … ON CONFLICT}: on a partitioned table the latter cannot tell
     * inserted rows from updated ones ({@code xmax} is not available there), {@code merge_action()} can. Rows of
     * the dataset's document are only written by its imports, which take turns, so no other transaction can
     * insert a key between the match and the insert. A reviewed figure is never written again: a row whose key
     * was reviewed in this dataset (its review may have moved the figure to another year or hospital) is left out,
     * and a reviewed row is not updated (docs/review.md).
     */
    @Override
    public String upsert() {
        return """
                with written as (
                    merge into indicator_value as v
                    using (select r.* from (%s) r
                           where not exists (select 1 from fact_review x
                                             join source_document xd on xd.slug = x.document_slug
                                             where xd.id = r.document_id and x.fact_kind = 'indicator_value'
                                               and x.extracted_key = concat_ws('|', r.hospital_id, r.indicator_code,
                                                                               r.year, r.kind, r.is_target))) as f
                    on v.hospital_id = f.hospital_id and v.indicator_code = f.indicator_code and v.year = f.year
                       and v.kind = f.kind and v.document_id = f.document_id and v.is_target = f.is_target
                    -- an empty or missing qualifier keeps the stored one (missing cells never clear); reviewed
                    -- facts are never overwritten
                    when matched and v.review_state = 'extracted'
                                 and (v.value, v.qualifier)
                                     is distinct from (f.value, coalesce(f.qualifier, v.qualifier)) then
                        update set value = f.value,
                                   qualifier = coalesce(f.qualifier, v.qualifier),
                                   char_start = f.char_start,
                                   char_end = f.char_end,
                                   quote = f.quote,
                                   confidence = f.confidence,
                                   source_line = f.source_line
                    when not matched then
                        insert (%s)
                        values (f.hospital_id, f.indicator_code, f.year, f.kind, f.value,
                                coalesce(f.qualifier, 'exact'), f.is_target,
                                f.document_id, f.char_start, f.char_end, f.quote, f.confidence, f.source_line)
                    returning merge_action() as action)
                select count(*) filter (where action = 'INSERT') as inserted,
                       count(*) filter (where action = 'UPDATE') as updated
                from written
                """.formatted(ROWS_AS_GIVEN, ROWS.columns());
    }

    @Override
    public String insertOnly() {
        return "insert into indicator_value (" + ROWS.columns() + ")\n" + ROWS.select();
    }

    @Override
    public Rows rows() {
        return ROWS;
    }

    /**
     * V091: the summaries of the keys only the new partition holds are written from it, the rest queued for the
     * refresh at commit (V070, V090), which would otherwise recompute every key of the document.
     */
    @Override
    public String partitionSummary() {
        return "select summarise_loaded_partition(cast(:partition as regclass))";
    }

    /** V070's latest figures and V090's year rows, which rankings read in their indexes' order. */
    @Override
    public List<String> summaryTables() {
        return List.of("indicator_year_summary", "indicator_summary");
    }

    @Override
    public boolean evidence() {
        return true;
    }

    @Override
    public String table() {
        return "indicator_value";
    }
}
