package org.hospitalatlas.consortium;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import org.hospitalatlas.hospital.HospitalLabel;
import org.hospitalatlas.shared.Evidence;

/** One consortium: lead, members with their roles, establishment, and the evidence of each. */
record ConsortiumDetails(
        @Schema(example = "chen-zhou-shi-di-yi-ren-min-yi-yuan-cheng-shi-yi-liao-ji-tuan")
        String slug,

        @Schema(example = "郴州市第一人民医院城市医疗集团") String name,
        @Schema(example = "city_medical_group") String type,
        @Schema(example = "2021-06-01") LocalDate establishedOn,
        @Schema(example = "month") String establishedPrecision,
        HospitalLabel lead,
        List<Member> members,
        Evidence evidence) {

    /** A hospital in one role; a hospital with two roles appears twice. */
    public record Member(
            HospitalLabel hospital,

            @Schema(
                    example = "lead",
                    allowableValues = {"lead", "member", "output_hospital", "input_hospital", "merged"})
            String role,

            Evidence evidence) {}
}
