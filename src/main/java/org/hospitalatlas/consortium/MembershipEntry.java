package org.hospitalatlas.consortium;

import io.swagger.v3.oas.annotations.media.Schema;
import org.hospitalatlas.shared.Evidence;

/** A consortium a hospital belongs to, in one role. */
public record MembershipEntry(
        @Schema(example = "chen-zhou-shi-di-yi-ren-min-yi-yuan-cheng-shi-yi-liao-ji-tuan")
        String slug,

        @Schema(example = "郴州市第一人民医院城市医疗集团") String name,
        @Schema(example = "city_medical_group") String type,

        @Schema(
                example = "lead",
                allowableValues = {"lead", "member", "output_hospital", "input_hospital", "merged"})
        String role,

        Evidence evidence) {}
