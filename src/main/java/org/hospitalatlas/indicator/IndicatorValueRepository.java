package org.hospitalatlas.indicator;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Indicator values: the entity for the writes of documents, the hand-written reads every comparison is built on, as
 * fragments composed from {@link MetricSql}'s rules ({@link MetricHeadSql}, {@link MetricEvidenceSql}), and one
 * document's values for its details and withdrawal ({@link IndicatorValuesByDocument}).
 */
interface IndicatorValueRepository
        extends JpaRepository<IndicatorValue, Long>,
                MetricReads,
                RankingReads,
                CoverageReads,
                DisputeReads,
                IndicatorValuesByDocument {}
