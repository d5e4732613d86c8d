package org.hospitalatlas.reform;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Which pilots to list; null means any. {@code province} matches by prefix (湖南 finds 湖南省); pilots read with
 * less confidence than {@code minConfidence} are left out (0 keeps every one); with {@code updatedSince}, only pilots
 * named or changed after it.
 */
record PilotFilter(
        String category,
        String level,
        Integer year,
        String province,
        BigDecimal minConfidence,
        OffsetDateTime updatedSince) {

    public static final List<String> CATEGORIES = List.of(
            "modern_hospital_management",
            "drg_dip_payment",
            "salary_reform",
            "personnel_staffing",
            "title_evaluation",
            "comprehensive_reform",
            "high_quality_demo",
            "other");

    public static final List<String> LEVELS = List.of("national", "provincial", "municipal", "county");
}
