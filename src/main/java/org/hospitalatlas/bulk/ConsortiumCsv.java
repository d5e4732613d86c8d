package org.hospitalatlas.bulk;

import java.util.List;
import java.util.Set;

/**
 * {@code slug,name,type,established_on}: a consortium, keyed by slug; {@code established_on} is as precise as
 * known ({@code 2019}, {@code 2019-06}, {@code 2019-06-15}) or empty. A consortium read from another document
 * is left alone: the row is refused rather than taking over its evidence.
 */
final class ConsortiumCsv implements CsvFormat {

    @Override
    public List<String> columns() {
        return List.of("slug", "name", "type", "established_on");
    }

    @Override
    public Set<String> required() {
        return Set.of("slug", "name", "type");
    }

    @Override
    public String rejectedRows() {
        return """
                select line, reason
                from (select s.line,
                             case
                                 when s.slug is null then 'slug: missing'
                                 when s.slug !~ '^[a-z0-9][a-z0-9-]*$' or length(s.slug) > 200
                                     then 'slug: ''' || left(s.slug, 100)
                                          || ''' must be lowercase letters, digits and hyphens'
                                 when s.name is null or btrim(s.name) = '' then 'name: missing'
                                 when s.type is null then 'type: missing'
                                 when s.type not in ('city_medical_group', 'county_medical_community',
                                                     'specialty_alliance', 'tele_medicine_network',
                                                     'regional_medical_center', 'hospital_group', 'other')
                                     then 'type: ''' || left(s.type, 100) || ''' is not a consortium type'
                                 when s.established_on !~ '^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$'
                                     or not pg_input_is_valid(
                                            case length(s.established_on)
                                                when 4 then s.established_on || '-01-01'
                                                when 7 then s.established_on || '-01'
                                                else s.established_on
                                            end, 'date')
                                     then 'established_on: ''' || left(s.established_on, 100)
                                          || ''' is not YYYY, YYYY-MM or YYYY-MM-DD'
                                 when same_slug.id is not null and same_slug.document_id <> :document
                                     then 'slug: consortium ''' || s.slug
                                          || ''' was read from another document; give this one another slug'
                                 when same_name.id is not null and same_name.slug <> s.slug
                                     then 'name: ''' || same_name.name || ''' is already the name of consortium '''
                                          || same_name.slug || ''''
                             end as reason
                      from bulk_stage s
                      left join consortium same_slug on same_slug.slug = s.slug
                      left join consortium same_name on same_name.name = btrim(s.name)) checked
                where reason is not null
                """;
    }

    @Override
    public String duplicateRows() {
        return """
                select line, 'slug: ''' || slug || ''' is also on line ' || first_line as reason
                from (select s.line, s.slug, min(s.line) over (partition by s.slug) as first_line
                      from bulk_stage s) d
                where line <> first_line
                union all
                select line, 'name: ''' || name || ''' is also on line ' || first_line as reason
                from (select s.line, btrim(s.name) as name, min(s.line) over (partition by btrim(s.name)) as first_line
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
                    insert into consortium as c (slug, name, type, established_on, established_precision,
                                                 document_id, char_start, char_end, quote, confidence, source_line)
                    select s.slug, btrim(s.name), s.type,
                           cast(case length(s.established_on)
                                    when 4 then s.established_on || '-01-01'
                                    when 7 then s.established_on || '-01'
                                    else s.established_on
                                end as date),
                           case length(s.established_on) when 4 then 'year' when 7 then 'month' when 10 then 'day' end,
                           :document, :start, :end, :quote, 1, s.line
                    from bulk_stage s
                    order by s.line
                    on conflict on constraint uq_consortium_slug do update
                        set name = excluded.name,
                            type = excluded.type,
                            -- an empty or missing established_on keeps the stored date (missing cells never clear)
                            established_on = coalesce(excluded.established_on, c.established_on),
                            established_precision = case when excluded.established_on is null
                                                         then c.established_precision
                                                         else excluded.established_precision end,
                            char_start = excluded.char_start,
                            char_end = excluded.char_end,
                            quote = excluded.quote,
                            source_line = excluded.source_line
                        where c.document_id = excluded.document_id
                          and c.review_state = 'extracted'
                          and (c.name, c.type, c.established_on, c.established_precision)
                              is distinct from
                              (excluded.name, excluded.type, coalesce(excluded.established_on, c.established_on),
                               case when excluded.established_on is null then c.established_precision
                                    else excluded.established_precision end)
                    returning c.xmax = 0 as inserted)
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
        return "consortium";
    }
}
