package org.hospitalatlas.bulk;

import java.util.List;
import java.util.Set;

/**
 * {@code hospital_slug,designation,level,category,year}: a reform pilot a hospital was named to; level and
 * category take the values of V006's checks, {@code year} may be empty or absent: a pilot's stored year is then kept.
 */
final class ReformPilotCsv implements CsvFormat {

    @Override
    public List<String> columns() {
        return List.of("hospital_slug", "designation", "level", "category", "year");
    }

    @Override
    public Set<String> required() {
        return Set.of("hospital_slug", "designation", "level", "category");
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
                                 when s.designation is null or btrim(s.designation) = '' then 'designation: missing'
                                 when length(s.designation) > 500 then 'designation: longer than 500 characters'
                                 when s.level is null then 'level: missing'
                                 when s.level not in ('national', 'provincial', 'municipal', 'county')
                                     then 'level: ''' || left(s.level, 100)
                                          || ''' is not national, provincial, municipal or county'
                                 when s.category is null then 'category: missing'
                                 when s.category not in ('modern_hospital_management', 'drg_dip_payment',
                                                         'salary_reform', 'personnel_staffing', 'title_evaluation',
                                                         'comprehensive_reform', 'high_quality_demo', 'other')
                                     then 'category: ''' || left(s.category, 100) || ''' is not a pilot category'
                                 when not pg_input_is_valid(coalesce(s.year, '2000'), 'smallint')
                                     or cast(coalesce(s.year, '2000') as smallint) not between 1900 and 2100
                                     then 'year: ''' || left(s.year, 100) || ''' is not a year within 1900-2100'
                             end as reason
                      from bulk_stage s
                      left join hospital h on h.slug = s.hospital_slug) checked
                where reason is not null
                """;
    }

    @Override
    public String duplicateRows() {
        return """
                select line, 'duplicate of line ' || first_line || ': same hospital_slug and designation' as reason
                from (select s.line,
                             min(s.line) over (partition by s.hospital_slug, btrim(s.designation)) as first_line
                      from bulk_stage s) d
                where line <> first_line
                """;
    }

    @Override
    public boolean duplicatesFirst() {
        return true;
    }

    @Override
    public String upsert() {
        return """
                with written as (
                    insert into reform_pilot as p (hospital_id, designation, level, category, year, document_id,
                                                   char_start, char_end, quote, confidence, source_line)
                    select h.id, btrim(s.designation), s.level, s.category, cast(s.year as smallint),
                           :document, :start, :end, :quote, 1, s.line
                    from bulk_stage s
                    join hospital h on h.slug = s.hospital_slug
                    -- a pilot a review moved to another hospital is not read in again at its old key
                    where not exists (select 1 from fact_review x join source_document xd on xd.slug = x.document_slug
                                      where xd.id = :document and x.fact_kind = 'reform_pilot'
                                        and x.extracted_key = concat_ws('|', h.id, btrim(s.designation)))
                    on conflict on constraint uq_reform_pilot_fact do update
                        set level = excluded.level,
                            category = excluded.category,
                            -- an empty or missing year keeps the stored one (missing cells never clear)
                            year = coalesce(excluded.year, p.year),
                            char_start = excluded.char_start,
                            char_end = excluded.char_end,
                            quote = excluded.quote,
                            source_line = excluded.source_line
                        where p.review_state = 'extracted'
                          and (p.level, p.category, p.year)
                              is distinct from (excluded.level, excluded.category, coalesce(excluded.year, p.year))
                    returning p.xmax = 0 as inserted)
                select count(*) filter (where inserted) as inserted, count(*) filter (where not inserted) as updated
                from written
                """;
    }

    @Override
    public boolean evidence() {
        return true;
    }

    @Override
    public String table() {
        return "reform_pilot";
    }
}
