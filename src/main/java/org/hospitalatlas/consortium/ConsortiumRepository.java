package org.hospitalatlas.consortium;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ConsortiumRepository extends JpaRepository<Consortium, Long> {

    Optional<Consortium> findByName(String name);

    boolean existsBySlug(String slug);
}
