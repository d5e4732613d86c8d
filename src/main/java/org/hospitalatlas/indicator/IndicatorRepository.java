package org.hospitalatlas.indicator;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.NativeQuery;

interface IndicatorRepository extends JpaRepository<Indicator, String> {

    /** A derived ratio of two catalogue indicators of the same hospital and year ({@code V010}). */
    record DerivedIndicator(
            String code,
            String nameZh,
            String nameEn,
            String unit,
            String better,
            String category,
            String numerator,
            String denominator,
            String definition) {}

    List<Indicator> findAllByOrderByCategoryAscCodeAsc();

    @NativeQuery("""
            select code, name_zh as "nameZh", name_en as "nameEn", unit, better, category, numerator, denominator,
                   definition
            from derived_indicator
            order by category, code
            """)
    List<DerivedIndicator> findDerivedIndicators();
}
