package org.hospitalatlas.hospital;

import java.util.List;
import org.hospitalatlas.shared.Like;
import org.hospitalatlas.shared.ProvinceFilter;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@link HospitalReads} in SQL. Every filter is bound and matched with {@code like ... escape '\'} on text escaped by
 * {@link Like}, so a % or _ a client sends matches itself; the sort is one of {@link HospitalSort}'s fixed orderings.
 */
class HospitalReadsImpl implements HospitalReads {

    private static final String FILTER = "from hospital h\nwhere " + ProvinceFilter.of("h") + """

              and (cast(:city as text) is null or h.city like :city || '%' escape '\\')
              and (cast(:level as text) is null or h.level = :level)
              and (cast(:category as text) is null or h.category = :category)
              and (cast(:since as timestamptz) is null or h.updated_at > :since)
              and (cast(:name as text) is null
                   or h.name_zh like '%' || :name || '%' escape '\\'
                   or lower(h.name_en) like '%' || lower(:name) || '%' escape '\\'
                   or exists (select 1 from hospital_alias a
                              where a.hospital_id = h.id and a.alias like '%' || :name || '%' escape '\\'))
            """;

    private static final String COUNT = "select count(*) " + FILTER;

    private static final String SUMMARIES = """
            select h.slug, h.name_zh as name, h.name_en, h.province, h.city, h.district, h.level,
                   h.category, h.ownership
            """ + FILTER;

    private final JdbcClient jdbc;

    HospitalReadsImpl(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public HospitalPage search(HospitalSearch search) {
        long total = bind(jdbc.sql(COUNT), search).query(Long.class).single();
        List<HospitalSummary> items = bind(
                        jdbc.sql(SUMMARIES + " order by " + search.sort().orderBy() + " limit :limit offset :offset"),
                        search)
                .param("limit", search.size())
                .param("offset", (long) search.page() * search.size())
                .query(HospitalSummary.class)
                .list();
        return new HospitalPage(items, total);
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, HospitalSearch search) {
        return statement
                .param("province", ProvinceFilter.bound(search.province()))
                .param("city", escaped(search.city()))
                .param("level", search.level())
                .param("category", search.category())
                .param("name", escaped(search.name()))
                .param("since", search.updatedSince());
    }

    private static String escaped(String text) {
        return text == null ? null : Like.escape(text);
    }
}
