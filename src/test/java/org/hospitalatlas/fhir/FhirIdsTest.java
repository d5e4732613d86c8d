package org.hospitalatlas.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FhirIdsTest {

    @Test
    void keepsASlugThatFitsAsItIs() {
        assertThat(FhirIds.hospital("chen-zhou-shi-di-yi-ren-min-yi-yuan"))
                .isEqualTo("chen-zhou-shi-di-yi-ren-min-yi-yuan");
    }

    @Test
    void shortensALongNameToSixtyFourCharactersKeepingItsStart() {
        String slug = "xin-jiang-wei-wu-er-zi-zhi-qu-yi-li-ha-sa-ke-zi-zhi-zhou-you-you-yi-yuan-fen-yuan";
        String id = FhirIds.hospital(slug);
        assertThat(id).hasSize(64).startsWith(slug.substring(0, 55) + "-");
        assertThat(FhirIds.isValid(id)).isTrue();
        assertThat(FhirIds.prefixOf(id)).isEqualTo(slug.substring(0, 55));
        assertThat(FhirIds.hospital(slug + "-2")).isNotEqualTo(id);
    }

    @Test
    void documentSlugsLoseTheirUnderscoresOneToOne() {
        assertThat(FhirIds.document("000_dbe0950c11f56caa")).isEqualTo("document-000.dbe0950c11f56caa");
        assertThat(FhirIds.isValid(FhirIds.document("real-a_b"))).isTrue();
    }

    @Test
    void hashedIdsDependOnEveryPart() {
        String a = FhirIds.hashed("figure", "h", "beds_open", 2021, "level", "doc");
        assertThat(a).matches("figure-[0-9a-f]{16}");
        assertThat(FhirIds.hashed("figure", "h", "beds_open", 2022, "level", "doc"))
                .isNotEqualTo(a);
    }

    @Test
    void refusesIdsFhirDoesNotAllow() {
        assertThat(FhirIds.isValid("a_b")).isFalse();
        assertThat(FhirIds.isValid("")).isFalse();
        assertThat(FhirIds.isValid("x".repeat(65))).isFalse();
        assertThat(FhirIds.isValid("湖南")).isFalse();
    }
}
