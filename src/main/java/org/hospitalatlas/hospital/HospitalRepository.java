package org.hospitalatlas.hospital;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.NativeQuery;
import org.springframework.data.jpa.repository.Query;

/**
 * The hospital register: the aggregate's writes and lookups as query methods, the filtered and paged list in the
 * {@link HospitalReads} fragment, the deletion of hospitals a withdrawn document leaves unreferenced in {@link
 * HospitalWrites}.
 */
interface HospitalRepository extends JpaRepository<Hospital, Long>, HospitalReads, HospitalWrites {

    Optional<Hospital> findByNameZh(String nameZh);

    Optional<Hospital> findBySlug(String slug);

    @Query("select a.hospital from HospitalAlias a where a.alias = :alias")
    Optional<Hospital> findByAlias(String alias);

    boolean existsBySlug(String slug);

    @Query("select count(a) > 0 from HospitalAlias a where a.alias = :alias")
    boolean aliasTaken(String alias);

    @Query("select new org.hospitalatlas.hospital.HospitalRef(h.id, h.slug, h.nameZh) from Hospital h"
            + " where h.slug = :slug")
    Optional<HospitalRef> findRefBySlug(String slug);

    @Query("select new org.hospitalatlas.hospital.LabelledHospital(h.id, h.slug, h.nameZh, h.province, h.city,"
            + " h.level, h.category) from Hospital h where h.slug in :slugs")
    List<LabelledHospital> findLabelsBySlugIn(Collection<String> slugs);

    /**
     * Up to 500 slugs starting with {@code first} or containing {@code part}, both already escaped for {@code like}
     * ({@link org.hospitalatlas.shared.Like}).
     */
    @NativeQuery("""
            select slug from hospital
            where slug like :first || '%' escape '\\' or slug like '%' || :part || '%' escape '\\'
            limit 500
            """)
    List<String> slugsLike(String first, String part);
}
