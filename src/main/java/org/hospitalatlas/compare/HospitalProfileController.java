package org.hospitalatlas.compare;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.hospitalatlas.web.ApiExamples;
import org.hospitalatlas.web.MinConfidence;
import org.hospitalatlas.web.ReviewFilter;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The hospital profile crosses five modules, so it is served here rather than by hospital (see package-info). */
@RestController
@RequestMapping("/api/v1/hospitals/{slug}")
@Tag(name = "Hospital trends", description = "One hospital over time, and everything known about it")
class HospitalProfileController {

    private final HospitalProfiles profiles;

    HospitalProfileController(HospitalProfiles profiles) {
        this.profiles = profiles;
    }

    @GetMapping("/profile")
    @Operation(
            summary = "A hospital's profile: identity, latest figures, pilots, consortia, documents",
            description = "The latest level of every indicator with a figure (derived ratios included), the reform "
                    + "pilots it was named to, the consortia it belongs to with its role, and the documents that "
                    + "mention it. Every fact carries its evidence.")
    HospitalProfile hospitalProfile(
            @Parameter(description = "Hospital slug", example = ApiExamples.CHENZHOU) @PathVariable String slug,
            @Valid @ParameterObject HospitalProfileParameters parameters) {
        return profiles.profile(
                slug, MinConfidence.orAny(parameters.minConfidence()), ReviewFilter.confirmedOnly(parameters.review()));
    }
}
