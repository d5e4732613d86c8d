package org.hospitalatlas.reform;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;

/** Pilots by year, then category: which hospitals were named. Pilots without a known year come last. */
record PilotTimeline(List<Entry> rows) {

    /** The hospitals named to pilots of one category in one year. */
    public record Entry(
            @Schema(example = "2019") Integer year,
            @Schema(example = "drg_dip_payment") String category,
            @Schema(example = "2") int hospitalCount,
            List<Hospital> hospitals) {}

    /** One hospital's designation in a timeline entry. */
    public record Hospital(
            @Schema(example = "chen-zhou-shi-di-yi-ren-min-yi-yuan")
            String slug,

            @Schema(example = "郴州市第一人民医院") String name,
            @Schema(example = "郴州市DRG付费改革试点医院") String designation,
            @Schema(example = "municipal") String level,

            @Schema(
                    description = "The extractor's confidence in this designation, 0 to 1 (1 for bulk imports)",
                    example = "0.85")
            BigDecimal confidence) {}
}
