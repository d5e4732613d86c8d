package org.hospitalatlas.hospital;

import io.swagger.v3.oas.annotations.media.Schema;

/** A hospital as it appears in comparisons: its slug to link to, and what a chart groups by. */
public record HospitalLabel(
        @Schema(example = "chen-zhou-shi-di-yi-ren-min-yi-yuan")
        String slug,

        @Schema(example = "郴州市第一人民医院") String name,
        @Schema(example = "湖南省") String province,
        @Schema(example = "郴州市") String city,
        @Schema(example = "三级") String level,
        @Schema(example = "综合") String category) {}
