package org.hospitalatlas.bulk;

import java.util.List;
import java.util.Set;

/**
 * {@code consortium_slug,hospital_slug,role}: a hospital's place in a consortium ({@code role} defaults to
 * {@code member} for a new membership). Both must exist; a membership already recorded, from any source, stays as
 * it is, and a row without a role for a hospital already in the consortium keeps its recorded role.
 */
final class ConsortiumMemberCsv implements CsvFormat {

    @Override
    public List<String> columns() {
        return List.of("consortium_slug", "hospital_slug", "role");
    }

    @Override
    public Set<String> required() {
        return Set.of("consortium_slug", "hospital_slug");
    }

    @Override
    public String rejectedRows() {
        return """
                select line, reason
                from (select s.line,
                             case
                                 when s.consortium_slug is null then 'consortium_slug: missing'
                                 when c.id is null
                                     then 'consortium_slug: no consortium ''' || left(s.consortium_slug, 100) || ''''
                                 when s.hospital_slug is null then 'hospital_slug: missing'
                                 when h.id is null
                                     then 'hospital_slug: no hospital ''' || left(s.hospital_slug, 100) || ''''
                                 when coalesce(s.role, 'member')
                                          not in ('lead', 'member', 'output_hospital', 'input_hospital', 'merged')
                                     then 'role: ''' || left(s.role, 100)
                                          || ''' is not lead, member, output_hospital, input_hospital or merged'
                             end as reason
                      from bulk_stage s
                      left join consortium c on c.slug = s.consortium_slug
                      left join hospital h on h.slug = s.hospital_slug) checked
                where reason is not null
                """;
    }

    @Override
    public String duplicateRows() {
        return """
                select line, 'duplicate of line ' || first_line || ': same consortium_slug, hospital_slug and role'
                       as reason
                from (select s.line,
                             min(s.line) over (partition by s.consortium_slug, s.hospital_slug,
                                                            coalesce(s.role, 'member')) as first_line
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
                    insert into consortium_member (consortium_id, hospital_id, role, document_id, char_start, char_end,
                                                   quote, confidence, source_line)
                    select c.id, h.id, coalesce(s.role, 'member'), :document, :start, :end, :quote, 1, s.line
                    from bulk_stage s
                    join consortium c on c.slug = s.consortium_slug
                    join hospital h on h.slug = s.hospital_slug
                    -- an empty or missing role keeps the membership already recorded (missing cells never clear:
                    -- a stored lead does not become a member too); a new membership without one is a member
                    where (s.role is not null
                           or not exists (select 1 from consortium_member m
                                          where m.consortium_id = c.id and m.hospital_id = h.id))
                      -- a membership a review moved to another hospital is not read in again at its old key
                      and not exists (select 1 from fact_review x join source_document xd on xd.slug = x.document_slug
                                      where xd.id = :document and x.fact_kind = 'consortium_member'
                                        and x.extracted_key = concat_ws('|', c.slug, h.id, coalesce(s.role, 'member')))
                    on conflict on constraint uq_consortium_member do nothing
                    returning true as inserted)
                select count(*) as inserted, 0 as updated
                from written
                """;
    }

    @Override
    public boolean evidence() {
        return true;
    }

    @Override
    public String table() {
        return "consortium_member";
    }
}
