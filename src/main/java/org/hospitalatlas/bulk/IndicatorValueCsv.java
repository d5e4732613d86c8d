package org.hospitalatlas.bulk;

import java.util.List;
import java.util.Set;

/**
 * {@code hospital_slug,indicator_code,year,kind,value,qualifier}: one figure per row, in the catalogue unit.
 * {@code kind} defaults to {@code level}, {@code qualifier} to {@code exact}; imported figures are actual
 * figures, never targets.
 */
final class IndicatorValueCsv implements CsvFormat {

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

    @Override
    public String upsert() {
        return """
                with written as (
                    insert into indicator_value as v (hospital_id, indicator_code, year, kind, value, qualifier,
                                                      is_target, document_id, char_start, char_end, quote,
                                                      confidence, source_line)
                    select h.id, s.indicator_code, cast(s.year as smallint), coalesce(s.kind, 'level'),
                           cast(s.value as numeric(24,6)), coalesce(s.qualifier, 'exact'), false,
                           :document, :start, :end, :quote, 1, s.line
                    from bulk_stage s
                    join hospital h on h.slug = s.hospital_slug
                    on conflict on constraint uq_indicator_value_fact do update
                        set value = excluded.value,
                            qualifier = excluded.qualifier,
                            char_start = excluded.char_start,
                            char_end = excluded.char_end,
                            quote = excluded.quote,
                            confidence = excluded.confidence,
                            source_line = excluded.source_line
                        where (v.value, v.qualifier) is distinct from (excluded.value, excluded.qualifier)
                    returning v.xmax = 0 as inserted)
                select count(*) filter (where inserted) as inserted, count(*) filter (where not inserted) as updated
                from written
                """;
    }

    @Override
    public String insertOnly() {
        return """
                insert into indicator_value (hospital_id, indicator_code, year, kind, value, qualifier, is_target,
                                             document_id, char_start, char_end, quote, confidence, source_line)
                select h.id, s.indicator_code, cast(s.year as smallint), coalesce(s.kind, 'level'),
                       cast(s.value as numeric(24,6)), coalesce(s.qualifier, 'exact'), false,
                       :document, :start, :end, :quote, 1, s.line
                from bulk_stage s
                join hospital h on h.slug = s.hospital_slug
                """;
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
