package org.hospitalatlas.compare;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import org.hospitalatlas.web.ApiExamples;
import org.hospitalatlas.web.QueryParameters;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
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
            @Parameter(
                            description = ApiExamples.MIN_CONFIDENCE_TEXT,
                            example = "0.8",
                            schema = @Schema(type = "number", minimum = "0", maximum = "1", defaultValue = "0"))
                    @RequestParam(name = QueryParameters.MIN_CONFIDENCE, required = false)
                    String minConfidence,
            @Parameter(
                            description = ApiExamples.REVIEW_TEXT,
                            schema =
                                    @Schema(
                                            defaultValue = "any",
                                            allowableValues = {"any", "confirmed"}))
                    @RequestParam(required = false)
                    String review) {
        QueryParameters parameters = new QueryParameters();
        BigDecimal chosenConfidence = parameters.minConfidence(minConfidence);
        boolean reviewedOnly = parameters.reviewedOnly(review);
        parameters.throwIfInvalid();
        return profiles.profile(slug, chosenConfidence, reviewedOnly);
    }
}
