package org.hospitalatlas.consortium;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Consortia: the aggregate (a consortium with its members) written and looked up through query methods, the reads
 * for dashboards and profiles in the {@link ConsortiumReads} fragment, one document's consortia and memberships for
 * its details and withdrawal in {@link ConsortiaByDocument}.
 */
interface ConsortiumRepository extends JpaRepository<Consortium, Long>, ConsortiumReads, ConsortiaByDocument {

    Optional<Consortium> findByName(String name);

    boolean existsBySlug(String slug);

    /** Every consortium's slug, in order: the candidates for an unknown slug's close matches. */
    @Query("select c.slug from Consortium c order by c.slug")
    List<String> findAllSlugs();
}
