package org.hospitalatlas.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How a pilot designation was made (issue "Stewardship", part 4): body, document number, batch, date. */
class DesignationReaderTest {

    private final DocumentExtractor extractor = DocumentExtractor.withDefaultResources();

    private List<PilotFact> pilots(String text) {
        return extractor.extract(text, DocumentMetadata.none()).pilots();
    }

    private Designation only(String text) {
        List<PilotFact> pilots = pilots(text);
        assertThat(pilots).hasSize(1);
        return pilots.get(0).designation();
    }

    @Test
    void passiveAgentDocumentNumberAndDayOfDesignation() {
        Designation d = only("2019年12月20日，郴州市第一人民医院被国家卫生健康委确定为建立健全现代医院管理制度试点医院" + "（国卫办医函〔2019〕618号）。");
        assertThat(d)
                .isEqualTo(new Designation(
                        "国家卫生健康委", "国卫办医函〔2019〕618号", null, null, new ConsortiumFact.Established(2019, 12, 20, "day")));
    }

    @Test
    void batchInTheNameAndTheBodyWithItsProvince() {
        Designation d = only("2021年，湖南省卫生健康委公布第二批公立医院高质量发展试点医院，郴州市第一人民医院被确定为" + "第二批公立医院高质量发展试点医院。");
        assertThat(d.body()).isEqualTo("湖南省卫生健康委");
        assertThat(d.batch()).isEqualTo("第二批");
        assertThat(d.batchNumber()).isEqualTo(2);
        assertThat(d.date()).isEqualTo(new ConsortiumFact.Established(2021, null, null, "year"));
    }

    @Test
    void firstBatchCountsAsOne() {
        Designation d = only("2018年，山西医科大学第一医院入选国家卫健委首批肿瘤多学科诊疗试点医院。");
        assertThat(d.batch()).isEqualTo("首批");
        assertThat(d.batchNumber()).isEqualTo(1);
        assertThat(d.body()).isEqualTo("国家卫健委");
    }

    @Test
    void bodiesNamedTogetherIncludingMinistriesWithoutAPlace() {
        Designation d = only("近日，在国家卫生健康委、财政部、人力资源社会保障部、国家医保局联合印发的通知中，" + "馆陶县人民医院入选建立健全现代医院管理制度试点医院。");
        assertThat(d.body()).isEqualTo("国家卫生健康委、财政部、人力资源社会保障部、国家医保局");
    }

    @Test
    void issuerCodeIsCutOfTheWordsBeforeIt() {
        Designation d = only("根据粤卫函〔2019〕319号文，广东省第二人民医院被省医改办确定为省现代医院管理制度试点医院。");
        assertThat(d.documentNumber()).isEqualTo("粤卫函〔2019〕319号");
        assertThat(d.body()).isEqualTo("省医改办");
    }

    @Test
    void aPeriodIsNotTheDayOfDesignationAndABodyWithoutAPlaceIsNotNamed() {
        Designation d = only("对2021年1月—12月的评价结果，经办公厅研究，贵州省人民医院2021年被纳入现代医院管理制度省级试点医院。");
        assertThat(d.date()).isEqualTo(new ConsortiumFact.Established(2021, null, null, "year"));
        assertThat(d.body()).isNull();
    }

    @Test
    void nothingStatedGivesNothing() {
        Designation d = only("郴州市第一人民医院是湖南省公立医院人事编制管理改革试点医院。");
        assertThat(d.statesNothing()).isTrue();
    }

    @Test
    void aBatchOfAnotherDesignationEarlierInTheClauseIsNotTaken() {
        List<PilotFact> pilots = pilots("馆陶县人民医院是国家第二批县级公立医院综合改革试点医院、河北省医共体建设试点医院。");
        assertThat(pilots)
                .filteredOn(p -> p.name().contains("医共体"))
                .singleElement()
                .satisfies(p -> assertThat(p.designation().batch()).isNull());
    }

    @Test
    void writtenTraditionalCharactersAreKeptInTheBodyAndNumber() {
        Designation d = only("貴州省人民醫院被貴州省衛生健康委確定為現代醫院管理制度省級試點醫院(黔醫改辦發〔2022〕3號)。");
        assertThat(d.body()).isEqualTo("貴州省衛生健康委");
        assertThat(d.documentNumber()).isEqualTo("黔醫改辦發〔2022〕3號");
    }

    @Test
    void anAutonomousRegionsDesignationIsProvincial() {
        List<PilotFact> pilots = pilots("2021年，和田地区人民医院入选自治区公立医院薪酬制度改革试点医院。");
        assertThat(pilots).extracting(PilotFact::level).containsExactly("provincial");
    }
}
