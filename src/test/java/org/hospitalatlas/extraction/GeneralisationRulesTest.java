package org.hospitalatlas.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rules added so that documents beyond the seeds read correctly; each on a sentence written for the test. */
class GeneralisationRulesTest {

    private final DocumentExtractor extractor = DocumentExtractor.withDefaultResources();

    private ExtractionResult read(String text) {
        return extractor.extract(text, DocumentMetadata.none());
    }

    private ExtractionResult read(String text, LocalDate publishedOn) {
        return extractor.extract(text, new DocumentMetadata(null, null, publishedOn));
    }

    private static IndicatorFact only(List<IndicatorFact> facts, String code) {
        List<IndicatorFact> found =
                facts.stream().filter(f -> f.code().equals(code)).toList();
        assertThat(found).as(code).hasSize(1);
        return found.get(0);
    }

    // years

    @Test
    void comparisonBaseYearIsNotTheFiguresYear() {
        List<IndicatorFact> facts =
                read("2021年，宜宾市第二人民医院门诊人次达95.2万，比2020年增长6.1%；出院人次4.4万。").indicators();
        assertThat(only(facts, "discharges").year()).isEqualTo(2021);
        IndicatorFact yoy = facts.stream()
                .filter(f -> f.kind().equals("yoy_change_pct"))
                .findFirst()
                .orElseThrow();
        assertThat(yoy.year()).isEqualTo(2021);
        assertThat(yoy.value()).isEqualByComparingTo("6.1");
    }

    @Test
    void headingYearReachesParagraphsWithoutAYear() {
        String text = "一、2021年运行情况\n\n德州市人民医院全年出院患者5.1万人次，病床使用率93.4%。\n";
        List<IndicatorFact> facts = read(text).indicators();
        assertThat(only(facts, "bed_occupancy_rate").year()).isEqualTo(2021);
    }

    @Test
    void noYearAnywhereStaysNull() {
        List<IndicatorFact> facts = read("德州市人民医院病床使用率93.4%。").indicators();
        assertThat(only(facts, "bed_occupancy_rate").year()).isNull();
    }

    @Test
    void sameYearWordRepeatsTheLastStatedYear() {
        String text = "2020年，德州市人民医院平均住院日7.1天。\n\n同期，德州市中医院平均住院日8.3天。\n";
        List<IndicatorFact> facts = read(text).indicators();
        assertThat(facts).extracting(IndicatorFact::year).containsOnly(2020);
    }

    @Test
    void signOffDateAtTheEndIsTheDateline() {
        String text = "德州市中医院年度报告\n\n医院病床使用率93.4%。\n\n德州市中医院\n2021年2月8日\n";
        assertThat(read(text).publishedOn()).isEqualTo(LocalDate.of(2021, 2, 8));
    }

    // targets and qualifiers

    @Test
    void planHeadingMakesFiguresUnderItTargets() {
        String text = "三、2024年工作计划\n\n德州市人民医院平均住院日控制在6.9天以内；药占比不超过24%。\n";
        List<IndicatorFact> facts = read(text, LocalDate.of(2024, 1, 20)).indicators();
        assertThat(facts).isNotEmpty().allSatisfy(f -> assertThat(f.target()).isTrue());
    }

    @Test
    void achievedCapIsAnActualAtMostValue() {
        List<IndicatorFact> facts = read("2021年，德州市人民医院药占比控制在27%以内。").indicators();
        IndicatorFact f = only(facts, "drug_cost_share");
        assertThat(f.target()).isFalse();
        assertThat(f.qualifier()).isEqualTo("at_most");
    }

    @Test
    void notLowerThanIsAFloorNotACap() {
        List<IndicatorFact> facts = read("2021年，德州市人民医院微创手术占比不低于21%。").indicators();
        assertThat(only(facts, "minimally_invasive_share").qualifier()).isEqualTo("at_least");
    }

    @Test
    void reachingAYearBySomeDateIsNotAPlan() {
        List<IndicatorFact> facts =
                read("德州市人民医院平均溶栓时间由2019年的61分钟缩短至2021年的35分钟。").indicators();
        assertThat(facts)
                .extracting(IndicatorFact::value)
                .map(v -> v.intValue())
                .containsExactly(61, 35);
        assertThat(facts).noneMatch(IndicatorFact::target);
    }

    // figures

    @Test
    void percentagePointChangeIsNotAYearOnYearChange() {
        List<IndicatorFact> facts =
                read("2021年，德州市人民医院日间手术占比9.5%，较上年提高1.2个百分点。").indicators();
        assertThat(facts).noneMatch(f -> f.kind().equals("yoy_change_pct"));
        assertThat(only(facts, "day_surgery_share").value()).isEqualByComparingTo("9.5");
    }

    @Test
    void yearOnYearClauseBelongsToTheFigureBefore() {
        List<IndicatorFact> facts = read("2021年，德州市人民医院出院 6.3 万人次，同比增长 3.4%。").indicators();
        assertThat(facts)
                .extracting(IndicatorFact::code, IndicatorFact::kind)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("discharges", "level"),
                        org.assertj.core.groups.Tuple.tuple("discharges", "yoy_change_pct"));
    }

    @Test
    void incrementIsSkippedAndTotalKept() {
        List<IndicatorFact> facts = read("2021年，德州市人民医院新增省级临床重点专科2个，总数达到13个。").indicators();
        assertThat(only(facts, "provincial_key_specialties").value()).isEqualByComparingTo("13");
    }

    @Test
    void figureCountingMoreThanTheIndicatorIsSkipped() {
        List<IndicatorFact> facts = read("2021年，德州市人民医院开展远程会诊和疑难病例讨论三百余次。").indicators();
        assertThat(facts).noneMatch(f -> f.code().equals("remote_consultations"));
    }

    @Test
    void partsOfOneIndicatorInOneSentenceAreBothKept() {
        List<IndicatorFact> facts =
                read("2021年，德州市人民医院出具远程心电报告4300余份、远程影像报告2100份。").indicators();
        assertThat(facts.stream().filter(f -> f.code().equals("remote_consultations")))
                .hasSize(2);
    }

    @Test
    void regionWordAfterAPrepositionDoesNotMakeFiguresRegional() {
        List<IndicatorFact> facts = read("2021年，德州市人民医院向乡镇卫生院下转患者730人次。").indicators();
        assertThat(only(facts, "referrals_down").value()).isEqualByComparingTo("730");
    }

    @Test
    void figureOfTheInstitutionsHelpedIsNotTheHelpers() {
        List<IndicatorFact> facts = read("2021年，德州市人民医院帮助社区开展新技术十余项。").indicators();
        assertThat(facts).noneMatch(f -> f.code().equals("new_techniques"));
    }

    // attribution

    @Test
    void hospitalAfterAPrepositionIsNotTheSubject() {
        String text = "2021年，联盟成员单位乐陵市人民医院在德州市人民医院帮扶下，开展新技术新项目14项。";
        IndicatorFact f = only(read(text).indicators(), "new_techniques");
        assertThat(f.hospital()).isEqualTo("乐陵市人民医院");
    }

    @Test
    void headOfAnAttributivePhraseIsTheSubject() {
        String text = "2021年，禹城市妇幼保健院与禹城市儿童医院合并组建的禹城市妇女儿童医院开放床位460张。";
        IndicatorFact f = only(read(text).indicators(), "beds_open");
        assertThat(f.hospital()).isEqualTo("禹城市妇女儿童医院");
    }

    @Test
    void thatHospitalContinuesTheLastSentenceSubject() {
        String text = "2021年以来，乐陵市人民医院开展新技术新项目12项；今年上半年，该院出院患者四级手术比例达18.2%。";
        IndicatorFact f = only(read(text, LocalDate.of(2021, 9, 1)).indicators(), "level4_surgery_share");
        assertThat(f.hospital()).isEqualTo("乐陵市人民医院");
    }

    // hospital names

    @Test
    void verbAndCountPhrasesAreNotHospitals() {
        String text = "德州市推进公立医院改革，德州市人民医院接收乡镇卫生院上转患者，培训十一个乡镇卫生院医生。";
        assertThat(read(text).hospitals()).extracting(HospitalFact::name).containsExactly("德州市人民医院");
    }

    @Test
    void conjunctionBeforeCountyIsNotThePlace() {
        String text = "夏津县人民医院（以下简称“县医院”）和县中医院共派出专家30人次。";
        assertThat(read(text).hospitals()).extracting(HospitalFact::name).doesNotContain("和县中医院");
    }

    @Test
    void universityAffiliationBelongsToTheName() {
        String text = "青岛大学附属烟台毓璜顶医院作为输出医院。";
        assertThat(read(text).hospitals()).extracting(HospitalFact::name).contains("青岛大学附属烟台毓璜顶医院");
    }

    @Test
    void centreWithAHospitalsBranchInParenthesisIsAHospital() {
        String text = "宿迁市公共卫生中心（宿迁一院城北院区）正式投入使用，设置床位500张。";
        assertThat(read(text).hospitals()).extracting(HospitalFact::name).contains("宿迁市公共卫生中心");
    }

    @Test
    void centreTheTextDescribesAsAHospitalIsAHospital() {
        String text = "锦州市传染病防治中心建成投用，是一所现代化的三级甲等医院。";
        assertThat(read(text).hospitals()).extracting(HospitalFact::name).contains("锦州市传染病防治中心");
    }

    @Test
    void centreNotDescribedAsAHospitalIsNoHospital() {
        String text = "德州市疾病预防控制中心与德州市人民医院联合开展培训。德州市政务服务中心是一座综合性办公楼。" + "德州市血液中心与德州市人民医院相邻，后者是一所三级甲等医院。";
        assertThat(read(text).hospitals()).extracting(HospitalFact::name).containsExactly("德州市人民医院");
    }

    @Test
    void sentenceOpeningWithZuoweiNamesThePassagesHospitalAgain() {
        String text = "锦州医科大学附属第三医院高度重视学科建设。\n\n（二）专科发展\n\n作为锦州市骨科医院，积极推进骨科专科建设。";
        List<HospitalFact> hospitals = read(text).hospitals();
        assertThat(hospitals).extracting(HospitalFact::name).containsExactly("锦州医科大学附属第三医院");
        assertThat(hospitals.get(0).aliases()).contains("锦州市骨科医院");
    }

    @Test
    void zuoweiBeforeARoleOfAnotherHospitalKeepsTheSubject() {
        String text = "锦州医科大学附属第三医院高度重视学科建设。作为锦州市骨科医院的帮扶单位，医院派驻专家10人次。";
        // the hospital it helps is named in passing: no fact of its own, so not a hospital of the text
        assertThat(read(text).hospitals()).extracting(HospitalFact::name).containsExactly("锦州医科大学附属第三医院");
    }

    // pilots

    @Test
    void placeDesignationIsNotAHospitalPilot() {
        String text = "2021年，德州市人民医院门诊量增长。2022年，德州市入选全国紧密型城市医疗集团建设试点城市。";
        assertThat(read(text).pilots()).isEmpty();
    }

    @Test
    void sameDesignationIsInherited() {
        String text = "2020年，德州市人民医院被确定为德州市按病种分值付费（DIP）改革首批试点医院。同为首批试点医院的德州市中医院平均住院日8.1天。";
        List<PilotFact> pilots = read(text).pilots();
        assertThat(pilots).extracting(PilotFact::hospital).containsExactly("德州市人民医院", "德州市中医院");
        assertThat(pilots).extracting(PilotFact::year).containsOnly(2020);
    }

    // consortia

    @Test
    void namedSpecialtyAllianceHasItsLeadAndMembers() {
        String text = "德州市人民医院牵头成立的鲁西北心血管专科联盟，自2020年5月成立以来，成员包括乐陵市人民医院、禹城市人民医院等单位。";
        ConsortiumFact c = read(text).consortia().get(0);
        assertThat(c.type()).isEqualTo("specialty_alliance");
        assertThat(c.lead()).isEqualTo("德州市人民医院");
        assertThat(c.members()).extracting(ConsortiumFact.Member::hospital).contains("乐陵市人民医院", "禹城市人民医院");
    }

    @Test
    void teleMedicineNetworkIsLedByTheHospitalItIsBuiltOn() {
        String text = "夏津县人民医院门诊量增长。2021年6月，依托夏津县人民医院建成的夏津县远程医疗协作网正式运行。";
        ConsortiumFact c = read(text).consortia().get(0);
        assertThat(c.type()).isEqualTo("tele_medicine_network");
        assertThat(c.lead()).isEqualTo("夏津县人民医院");
    }

    @Test
    void mainHospitalSendingStaffToCommunityBranchesLeadsACommunity() {
        String text = "宿迁市第一人民医院门诊量稳步增长。\n\n深化医改，推进分级诊疗。选派医疗专家、护理骨干等到乡镇医共体分院开展坐诊和培训。";
        List<ConsortiumFact> consortia = extractor
                .extract(text, new DocumentMetadata("宿迁市第一人民医院2023年工作总结", null, null))
                .consortia();
        assertThat(consortia).hasSize(1);
        ConsortiumFact c = consortia.get(0);
        assertThat(c.type()).isEqualTo("county_medical_community");
        assertThat(c.lead()).isEqualTo("宿迁市第一人民医院");
        assertThat(c.name()).isEqualTo("宿迁市第一人民医院医共体");
        assertThat(c.established()).isNull();
    }

    @Test
    void staffSentByAnotherHospitalGivesTheMainHospitalNoCommunity() {
        String text = "德州市人民医院门诊量稳步增长。\n\n乐陵市人民医院选派专家到医共体成员单位坐诊。";
        List<ConsortiumFact> consortia = extractor
                .extract(text, new DocumentMetadata("德州市人民医院年度报告", null, null))
                .consortia();
        assertThat(consortia).extracting(ConsortiumFact::lead).doesNotContain("德州市人民医院");
    }

    @Test
    void mergedHospitalsFormANewLead() {
        String text = "2021年3月1日，禹城市妇幼保健院与禹城市儿童医院整合组建的禹城市妇女儿童医院正式挂牌。";
        ConsortiumFact c = read(text).consortia().get(0);
        assertThat(c.lead()).isEqualTo("禹城市妇女儿童医院");
        assertThat(c.members()).extracting(ConsortiumFact.Member::role).containsExactly("lead", "merged", "merged");
    }
}
