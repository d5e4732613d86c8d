package org.hospitalatlas.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Indicator behaviour through the public facade, on sentences written for the test. */
class IndicatorExtractionTest {

    private final DocumentExtractor extractor = DocumentExtractor.withDefaultResources();

    private List<IndicatorFact> indicators(String text) {
        return extractor.extract(text, DocumentMetadata.none()).indicators();
    }

    private List<IndicatorFact> indicators(String text, LocalDate publishedOn) {
        return extractor
                .extract(text, new DocumentMetadata(null, null, publishedOn))
                .indicators();
    }

    @Test
    void attachesFigureToNearestPrecedingIndicatorInList() {
        List<IndicatorFact> facts = indicators("2022年，柳州市工人医院门诊人次186.5万，出院人次9.8万，住院手术台次3.2万台次。");
        assertThat(facts)
                .extracting(IndicatorFact::code)
                .containsExactly("outpatient_visits", "discharges", "inpatient_surgeries");
        assertThat(facts.get(0).value()).isEqualByComparingTo("1865000");
        assertThat(facts).allSatisfy(f -> {
            assertThat(f.hospital()).isEqualTo("柳州市工人医院");
            assertThat(f.year()).isEqualTo(2022);
        });
    }

    @Test
    void attachesSubStaffFiguresInOneSentence() {
        List<IndicatorFact> facts = indicators("2021年，德阳市人民医院有在职职工2890人，其中高级职称人员612人，博士43人。");
        assertThat(facts)
                .extracting(IndicatorFact::code)
                .containsExactly("staff_total", "senior_title_staff", "doctoral_staff");
    }

    @Test
    void readsIndicatorNamedAfterTheFigure() {
        List<IndicatorFact> facts = indicators("2021年，绵阳市中心医院有8个专科被评为省级临床重点专科。");
        assertThat(facts).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("provincial_key_specialties");
            assertThat(f.value()).isEqualByComparingTo("8");
            assertThat(f.unit()).isEqualTo("count");
        });
    }

    @Test
    void dropsFigureWhoseUnitDoesNotFit() {
        assertThat(indicators("2021年，德阳市人民医院开放床位增长12%，药占比30张。")).isEmpty();
    }

    @Test
    void convertsYuanFiguresToCny() {
        List<IndicatorFact> facts = indicators("2020年，遵义医科大学附属医院业务收入28.6亿元。");
        assertThat(facts).singleElement().satisfies(f -> {
            assertThat(f.value()).isEqualByComparingTo("2860000000");
            assertThat(f.unit()).isEqualTo("CNY");
        });
    }

    @Test
    void readsYearOnYearChangeAsSignedPercent() {
        List<IndicatorFact> facts = indicators("2022年，柳州市工人医院门急诊人次同比增长12.5%，平均住院日同比下降3.1%。");
        assertThat(facts).extracting(IndicatorFact::kind).containsOnly("yoy_change_pct");
        assertThat(facts.get(1).value()).isEqualByComparingTo("-3.1");
    }

    @Test
    void marksPlannedFiguresAsTargets() {
        List<IndicatorFact> facts = indicators("德阳市人民医院计划到2025年开放床位达到3000张。");
        assertThat(facts).singleElement().satisfies(f -> assertThat(f.target()).isTrue());
    }

    @Test
    void marksFiguresAfterThePublicationYearAsTargets() {
        List<IndicatorFact> facts = indicators("2026年，绵阳市中心医院门诊人次260万人次。", LocalDate.of(2023, 5, 1));
        assertThat(facts).singleElement().satisfies(f -> assertThat(f.target()).isTrue());
    }

    @Test
    void resolvesRelativeYearFromPublicationDate() {
        List<IndicatorFact> facts = indicators("去年，遵义医科大学附属医院门诊量达到350万人次。", LocalDate.of(2023, 5, 1));
        assertThat(facts).singleElement().satisfies(f -> assertThat(f.year()).isEqualTo(2022));
    }

    @Test
    void takesNearestPrecedingYearOfTheParagraph() {
        List<IndicatorFact> facts = indicators("2020年，柳州市工人医院改造门诊楼。医院开放床位2100张。");
        assertThat(facts).singleElement().satisfies(f -> assertThat(f.year()).isEqualTo(2020));
    }

    @Test
    void leavesYearNullWithoutYearOrDate() {
        List<IndicatorFact> facts = indicators("柳州市工人医院开放床位2100张。");
        assertThat(facts).singleElement().satisfies(f -> assertThat(f.year()).isNull());
    }

    @Test
    void neverUsesTheFoundingYearAsTheFiguresYear() {
        List<IndicatorFact> facts = indicators("德阳市人民医院始建于1950年，编制床位800张。");
        assertThat(facts).singleElement().satisfies(f -> assertThat(f.year()).isNull());
    }

    @Test
    void ignoresFiguresAboutTheRegion() {
        assertThat(indicators("2021年，德阳市人民医院所在的全市出院人次45万。")).isEmpty();
    }

    @Test
    void keepsOnlyTheNewValueOfAChange() {
        List<IndicatorFact> facts = indicators("2022年，柳州市工人医院建筑面积由原来的3万平方米扩大到12万平方米。");
        assertThat(facts).singleElement().satisfies(f -> assertThat(f.value()).isEqualByComparingTo("120000"));
    }

    @Test
    void convertsMuToSquareMetres() {
        List<IndicatorFact> facts = indicators("2022年，柳州市工人医院占地面积300亩。");
        assertThat(facts).singleElement().satisfies(f -> {
            assertThat(f.unit()).isEqualTo("m2");
            assertThat(f.value()).isEqualByComparingTo("200000");
        });
    }

    @Test
    void keepsQualifierWords() {
        List<IndicatorFact> facts = indicators("2023年，德阳市人民医院出院患者平均住院日不超过7.9天，急诊人次约12万人次。");
        assertThat(facts).extracting(IndicatorFact::qualifier).containsExactly("at_most", "approx");
    }

    @Test
    void doesNotCountNewHiresAsDoctoralStaff() {
        assertThat(indicators("2021年，绵阳市中心医院引进博士12名。")).isEmpty();
    }

    @Test
    void quotesTheClauseWithExactOffsets() {
        String text = "2022年，柳州市工人医院门诊人次186.5万，出院人次9.8万。";
        IndicatorFact f = indicators(text).get(1);
        assertThat(f.evidence().quote())
                .isEqualTo(text.substring(f.evidence().start(), f.evidence().end()));
        assertThat(f.evidence().quote()).isEqualTo("出院人次9.8万。");
    }

    @Test
    void keepsOneFactPerHospitalCodeYearAndKind() {
        // a figure restated later in the document is one fact; differently named parts in one sentence are not
        // (see GeneralisationRulesTest.partsOfOneIndicatorInOneSentenceAreBothKept)
        List<IndicatorFact> facts = indicators("2022年，柳州市工人医院远程会诊1200例。2022年，柳州市工人医院远程会诊约1300例。");
        assertThat(facts).singleElement().satisfies(f -> assertThat(f.value()).isEqualByComparingTo("1200"));
    }
}
