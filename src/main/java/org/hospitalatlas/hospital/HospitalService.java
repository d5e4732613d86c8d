package org.hospitalatlas.hospital;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hospitalatlas.shared.CloseMatches;
import org.hospitalatlas.shared.NotFoundException;
import org.hospitalatlas.shared.Slugs;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The hospital module's facade: lookups for clients, and find-or-create for the document loader. */
@Service
public class HospitalService {

    private static final String FILTER = """
            from hospital h
            where (cast(:province as text) is null or h.province like :province || '%')
              and (cast(:city as text) is null or h.city like :city || '%')
              and (cast(:level as text) is null or h.level = :level)
              and (cast(:category as text) is null or h.category = :category)
              and (cast(:since as timestamptz) is null or h.updated_at > :since)
              and (cast(:name as text) is null
                   or h.name_zh like '%' || :name || '%' escape '\\'
                   or lower(h.name_en) like '%' || lower(:name) || '%' escape '\\'
                   or exists (select 1 from hospital_alias a
                              where a.hospital_id = h.id and a.alias like '%' || :name || '%' escape '\\'))
            """;

    private final HospitalRepository hospitals;
    private final JdbcClient jdbc;

    HospitalService(HospitalRepository hospitals, JdbcClient jdbc) {
        this.hospitals = hospitals;
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    HospitalPage search(HospitalSearch search) {
        String name = search.name() == null ? null : escapeLike(search.name());
        long total = jdbc.sql("select count(*) " + FILTER)
                .param("province", search.province())
                .param("city", search.city())
                .param("level", search.level())
                .param("category", search.category())
                .param("name", name)
                .param("since", search.updatedSince())
                .query(Long.class)
                .single();
        List<HospitalSummary> items = jdbc.sql(
                        """
                        select h.slug, h.name_zh as name, h.name_en, h.province, h.city, h.district, h.level,
                               h.category, h.ownership
                        """ + FILTER + " order by " + search.sort().orderBy() + " limit :limit offset :offset")
                .param("province", search.province())
                .param("city", search.city())
                .param("level", search.level())
                .param("category", search.category())
                .param("name", name)
                .param("since", search.updatedSince())
                .param("limit", search.size())
                .param("offset", (long) search.page() * search.size())
                .query(HospitalSummary.class)
                .list();
        return new HospitalPage(items, total);
    }

    @Transactional(readOnly = true)
    public HospitalDetails get(String slug) {
        return jdbc.sql("""
                        select h.slug, h.name_zh as name, h.name_en, h.province, h.city, h.district, h.level,
                               h.category, h.ownership, h.founded_year, h.id
                        from hospital h where h.slug = :slug
                        """)
                .param("slug", slug)
                .query((rs, row) -> new HospitalDetails(
                        rs.getString("slug"),
                        rs.getString("name"),
                        rs.getString("name_en"),
                        aliasesOf(rs.getLong("id")),
                        rs.getString("province"),
                        rs.getString("city"),
                        rs.getString("district"),
                        rs.getString("level"),
                        rs.getString("category"),
                        rs.getString("ownership"),
                        (Integer) rs.getObject("founded_year", Integer.class)))
                .optional()
                .orElseThrow(() -> new NotFoundException("hospital", slug, suggestions(slug)));
    }

    /** The hospital's reference by slug, or a not-found naming it with close matches. */
    @Transactional(readOnly = true)
    public HospitalRef require(String slug) {
        return jdbc.sql("select id, slug, name_zh as name from hospital where slug = :slug")
                .param("slug", slug)
                .query(HospitalRef.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("hospital", slug, suggestions(slug)));
    }

    /**
     * Finds the hospital by official name or alias, or creates it, then records any new aliases and
     * fills attributes still unknown. Runs in the caller's transaction (a document import).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public HospitalRef resolveOrCreate(HospitalDescription description) {
        String name = description.name().strip();
        Hospital hospital = hospitals
                .findByNameZh(name)
                .or(() -> hospitals.findByAlias(name))
                .or(() -> firstByAlias(description.aliases()))
                .orElseGet(() -> hospitals.save(new Hospital(uniqueSlug(name), name)));
        hospital.complete(description);
        List<String> candidates = new ArrayList<>(description.aliases());
        if (!hospital.nameZh().equals(name)) {
            candidates.add(name);
        }
        for (String alias : candidates) {
            String trimmed = alias.strip();
            if (!trimmed.isEmpty()
                    && !trimmed.equals(hospital.nameZh())
                    && !hospital.hasAlias(trimmed)
                    && !hospitals.aliasTaken(trimmed)
                    && hospitals.findByNameZh(trimmed).isEmpty()) {
                hospital.addAlias(trimmed);
            }
        }
        hospitals.flush();
        return new HospitalRef(hospital.id(), hospital.slug(), hospital.nameZh());
    }

    private Optional<Hospital> firstByAlias(List<String> aliases) {
        for (String alias : aliases) {
            Optional<Hospital> found = hospitals.findByAlias(alias.strip());
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private String uniqueSlug(String name) {
        String base = Slugs.of(name);
        String slug = base;
        for (int n = 2; hospitals.existsBySlug(slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    private List<String> aliasesOf(long hospitalId) {
        return jdbc.sql("select alias from hospital_alias where hospital_id = :id order by alias")
                .param("id", hospitalId)
                .query(String.class)
                .list();
    }

    /** Slugs close to an unknown one, from hospitals sharing its first syllable or a name fragment. */
    List<String> suggestions(String slug) {
        String first = slug == null ? "" : slug.split("-", 2)[0];
        List<String> candidates = jdbc.sql(
                        "select slug from hospital where slug like :first || '%' or slug like '%' || :slug || '%' limit 500")
                .param("first", escapeLike(first))
                .param("slug", escapeLike(slug == null ? "" : slug))
                .query(String.class)
                .list();
        return CloseMatches.of(slug, candidates, 3);
    }

    private static String escapeLike(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
