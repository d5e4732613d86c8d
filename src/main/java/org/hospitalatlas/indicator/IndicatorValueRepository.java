package org.hospitalatlas.indicator;

import org.springframework.data.jpa.repository.JpaRepository;

interface IndicatorValueRepository extends JpaRepository<IndicatorValue, Long> {}
