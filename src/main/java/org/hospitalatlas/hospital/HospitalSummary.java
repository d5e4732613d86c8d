package org.hospitalatlas.hospital;

import io.swagger.v3.oas.annotations.media.Schema;

/** A hospital as listed. */
public record HospitalSummary(
        @Schema(example = "chen-zhou-shi-di-yi-ren-min-yi-yuan")
        String slug,

        @Schema(example = "郴州市第一人民医院") String name,
        String nameEn,
        @Schema(example = "湖南省") String province,
        @Schema(example = "郴州市") String city,
        String district,
        @Schema(example = "三级甲等") String level,
        @Schema(example = "综合") String category,
        @Schema(example = "public") String ownership) {}
