package org.hospitalatlas.bulk;

import java.util.List;
import java.util.Set;

/**
 * {@code slug,name_zh,name_en,province,city,district,level,category,ownership,founded_year}: the hospital
 * register, keyed by slug. An empty cell or a missing column leaves what is stored (an import never clears an
 * attribute); a new hospital without an {@code ownership} is {@code public}. Levels and categories are those of
 * V002's checks.
 */
final class HospitalCsv implements CsvFormat {

    @Override
    public List<String> columns() {
        return List.of(
                "slug",
                "name_zh",
                "name_en",
                "province",
                "city",
                "district",
                "level",
                "category",
                "ownership",
                "founded_year");
    }

    @Override
    public Set<String> required() {
        return Set.of("slug", "name_zh");
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
                                 when s.name_zh is null or btrim(s.name_zh) = '' then 'name_zh: missing'
                                 when s.level not in ('三级特等', '三级甲等', '三级乙等', '三级丙等', '三级',
                                                      '二级甲等', '二级乙等', '二级丙等', '二级',
                                                      '一级甲等', '一级乙等', '一级丙等', '一级', '未定级')
                                     then 'level: ''' || left(s.level, 100) || ''' is not a hospital level (三级甲等 …)'
                                 when s.category not in ('综合', '中医', '中西医结合', '妇幼', '儿童', '肿瘤', '骨科',
                                                         '专科', '基层')
                                     then 'category: ''' || left(s.category, 100) || ''' is not a category (综合, 中医 …)'
                                 when s.ownership not in ('public', 'private')
                                     then 'ownership: ''' || left(s.ownership, 100) || ''' is neither public nor private'
                                 when not pg_input_is_valid(coalesce(s.founded_year, '2000'), 'smallint')
                                     or cast(coalesce(s.founded_year, '2000') as smallint) not between 1000 and 2100
                                     then 'founded_year: ''' || left(s.founded_year, 100) || ''' is not a year'
                                 when other.id is not null
                                     then 'name_zh: ''' || other.name_zh || ''' is already the name of hospital '''
                                          || other.slug || ''''
                             end as reason
                      from bulk_stage s
                      left join hospital other on other.name_zh = btrim(s.name_zh) and other.slug <> s.slug) checked
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
                select line, 'name_zh: ''' || name_zh || ''' is also on line ' || first_line as reason
                from (select s.line, btrim(s.name_zh) as name_zh,
                             min(s.line) over (partition by btrim(s.name_zh)) as first_line
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
                    insert into hospital as h (slug, name_zh, name_en, province, city, district, level, category,
                                               ownership, founded_year)
                    select s.slug, btrim(s.name_zh), nullif(btrim(s.name_en), ''), nullif(btrim(s.province), ''),
                           nullif(btrim(s.city), ''), nullif(btrim(s.district), ''), s.level, s.category,
                           coalesce(s.ownership, stored.ownership, 'public'), cast(s.founded_year as smallint)
                    from bulk_stage s
                    left join hospital stored on stored.slug = s.slug
                    order by s.line
                    on conflict on constraint uq_hospital_slug do update
                        set name_zh = excluded.name_zh,
                            name_en = coalesce(excluded.name_en, h.name_en),
                            province = coalesce(excluded.province, h.province),
                            city = coalesce(excluded.city, h.city),
                            district = coalesce(excluded.district, h.district),
                            level = coalesce(excluded.level, h.level),
                            category = coalesce(excluded.category, h.category),
                            ownership = excluded.ownership,
                            founded_year = coalesce(excluded.founded_year, h.founded_year)
                        where (h.name_zh, h.name_en, h.province, h.city, h.district, h.level, h.category,
                               h.ownership, h.founded_year)
                              is distinct from
                              (excluded.name_zh, coalesce(excluded.name_en, h.name_en),
                               coalesce(excluded.province, h.province), coalesce(excluded.city, h.city),
                               coalesce(excluded.district, h.district), coalesce(excluded.level, h.level),
                               coalesce(excluded.category, h.category), excluded.ownership,
                               coalesce(excluded.founded_year, h.founded_year))
                    returning h.xmax = 0 as inserted)
                select count(*) filter (where inserted) as inserted, count(*) filter (where not inserted) as updated
                from written
                """;
    }

    @Override
    public boolean evidence() {
        return false;
    }

    @Override
    public String table() {
        return "hospital";
    }
}
