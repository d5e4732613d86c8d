package org.hospitalatlas.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which hospital a figure belongs to, and which names are hospitals at all: rules for reports whose issuer stands in
 * the header, for mergers, for junk names, and for figures of other institutions. Sentences written for the test.
 */
class AttributionRulesTest {

    private final DocumentExtractor extractor = DocumentExtractor.withDefaultResources();

    private ExtractionResult read(String text) {
        return extractor.extractStrict(text, DocumentMetadata.none());
    }

    private static List<String> hospitals(ExtractionResult r) {
        return r.hospitals().stream().map(HospitalFact::name).toList();
    }

    private static List<String> ownersOf(ExtractionResult r, String code) {
        return r.indicators().stream()
                .filter(f -> f.code().equals(code))
                .map(IndicatorFact::hospital)
                .toList();
    }

    @Test
    void hospitalStandingAloneInTheHeaderIsTheMainHospital() {
        ExtractionResult r = read("德州市人民医院\n第五届职工代表大会第二次会议文件（之一）\n\n"
                + "2023年，禹城市中医院完成病房改造。禹城市中医院开设新门诊。禹城市中医院新增专家。\n"
                + "2023年，医院出院人次4.1万。");
        assertThat(ownersOf(r, "discharges")).containsExactly("德州市人民医院");
    }

    @Test
    void signOffNamesThePublisherWhenItIsTheOnlyOne() {
        ExtractionResult r = read("工作简报\n\n2023年，禹城市中医院开设新门诊。禹城市中医院新增专家。\n" + "2023年，我院出院人次4.1万。\n\n（锦州市中心医院供稿）");
        assertThat(ownersOf(r, "discharges")).containsExactly("锦州市中心医院");
    }

    @Test
    void publisherInMetadataIsTheMainHospital() {
        ExtractionResult r = extractor.extract(
                "宿迁市第一人民医院召开年度大会。2023年，禹城市中医院开设新门诊。禹城市中医院新增专家。\n\n" + "2023年，医院出院人次4.1万。",
                new DocumentMetadata(null, "宿迁市第一人民医院办公室", null));
        assertThat(ownersOf(r, "discharges")).containsExactly("宿迁市第一人民医院");
    }

    @Test
    void hospitalMergedIntoAnotherIsNeitherMainNorCarriedToLaterFigures() {
        ExtractionResult r =
                read("2023年，禹城市中医院整体并入德州市人民医院。禹城市中医院原址改为康复病区。" + "禹城市中医院职工全部转岗。\n\n2023年，医院门诊人次85.2万，出院人次4.1万。");
        assertThat(ownersOf(r, "outpatient_visits")).containsExactly("德州市人民医院");
        assertThat(ownersOf(r, "discharges")).containsExactly("德州市人民医院");
    }

    @Test
    void countWordBeforeSuffixIsNotAName() {
        ExtractionResult r = read("锦州市一位医院院长表示，2022年锦州市中心医院门诊人次30万。");
        assertThat(hospitals(r)).doesNotContain("锦州市一位医院");
    }

    @Test
    void anonymisedOrVerbGluedNamesAreNotHospitals() {
        ExtractionResult r = read("那年正赶上某镇中心卫生院改扩建，宿迁市某医院党组织关系转入医院。");
        assertThat(hospitals(r)).noneMatch(n -> n.contains("某") || n.contains("转入") || n.contains("赶上"));
    }

    @Test
    void figureInSentenceNamingAnotherHospitalIsDropped() {
        ExtractionResult r = read("2022年，宿迁市人民医院门诊人次30万。与德州市立医院合作后，立项12项。");
        assertThat(ownersOf(r, "research_projects")).isEmpty();
    }

    @Test
    void consortiumWideFigureIsNotTheLeadHospitals() {
        ExtractionResult r = read("2022年，宿迁市人民医院门诊人次30万。医共体内签约居民5万人。");
        assertThat(ownersOf(r, "family_doctor_contracts")).isEmpty();
    }

    @Test
    void regionWideAndAverageFiguresAreNoHospitals() {
        ExtractionResult r = read("2022年，宿迁市人民医院出院人次3万。全州门诊人次1000万。平均每家医院门诊人次5万人次。" + "区域内出院人次30万。");
        assertThat(ownersOf(r, "outpatient_visits")).isEmpty();
        assertThat(r.indicators().stream().filter(f -> f.code().equals("discharges")))
                .singleElement()
                .satisfies(f -> assertThat(f.value()).isEqualByComparingTo("30000"));
    }

    @Test
    void passedMilestoneIsNotRecordedWhenTheExactFigureFollows() {
        ExtractionResult r = read("2022年，宿迁市人民医院门急诊人次首次突破200万，达到206.3万。");
        assertThat(r.indicators()).noneMatch(f -> f.value().compareTo(new java.math.BigDecimal("2000000")) == 0);
    }
}
