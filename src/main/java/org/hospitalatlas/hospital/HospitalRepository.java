package org.hospitalatlas.hospital;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface HospitalRepository extends JpaRepository<Hospital, Long> {

    Optional<Hospital> findByNameZh(String nameZh);

    @Query("select a.hospital from HospitalAlias a where a.alias = :alias")
    Optional<Hospital> findByAlias(String alias);

    boolean existsBySlug(String slug);

    @Query("select count(a) > 0 from HospitalAlias a where a.alias = :alias")
    boolean aliasTaken(String alias);
}
