package org.hospitalatlas.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hospitalatlas.extraction.WordingFixtures.memberships;
import static org.hospitalatlas.extraction.WordingFixtures.mentioned;
import static org.hospitalatlas.extraction.WordingFixtures.read;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Families of wording the sixth fresh blind set (z401–z413 joined the development set) showed, each pinned on a
 * sentence written for the test. How well they work is measured on real texts only (eval/).
 */
class SixthBlindSetWordingTest {

    // consortia

    @Test
    void hospitalsThatJointlyProposedAnAllianceCoLeadIt() {
        ExtractionResult r = read("2018年11月，由长春市儿童医院、大连市儿童医院共同倡议发起的“东北儿童医院发展联盟”在大连成立。");
        assertThat(r.consortia()).singleElement().satisfies(c -> {
            assertThat(c.lead()).isNull();
            assertThat(c.members()).extracting(ConsortiumFact.Member::hospital).containsExactly("长春市儿童医院", "大连市儿童医院");
        });
    }

    @Test
    void hospitalsListedAsJoiningLaterJoinTheOneCoLedAlliance() {
        ExtractionResult r =
                read("2018年11月，由长春市儿童医院、大连市儿童医院共同发起的“东北儿童医院发展联盟”在大连成立。" + "本次论坛上，16家医院也正式加入联盟，分别是：丹东市妇女儿童医院、吉林市儿童医院。");
        assertThat(r.consortia())
                .singleElement()
                .satisfies(c -> assertThat(c.members())
                        .extracting(ConsortiumFact.Member::hospital)
                        .containsExactly("长春市儿童医院", "大连市儿童医院", "丹东市妇女儿童医院", "吉林市儿童医院"));
    }

    @Test
    void hospitalsJoiningWithoutAnyConsortiumNamedBeforeJoinNothing() {
        ExtractionResult r = read("本次论坛上，16家医院也正式加入联盟，分别是：丹东市妇女儿童医院、吉林市儿童医院。");
        assertThat(memberships(r)).isEmpty();
    }

    @Test
    void theOutputHospitalLeadsAndTheHostHospitalIsItsMember() {
        ExtractionResult r = read("该项目以华中科技大学同济医学院附属同济医院为输出医院，以襄阳市中心医院为依托医院，设置床位1000张。");
        assertThat(memberships(r)).containsExactly(List.of("华中科技大学同济医学院附属同济医院", "襄阳市中心医院"));
    }

    @Test
    void aMemberOfTheHospitalGroupJoinsTheGroupTheDocumentsLeadFormed() {
        ExtractionResult r = read("宁夏医科大学总医院牵头组建医院集团。阿拉善盟中心医院为医院集团成员单位，与总医院情谊深厚。");
        assertThat(memberships(r)).containsExactly(List.of("宁夏医科大学总医院", "阿拉善盟中心医院"));
    }

    @Test
    void aHospitalThatIsTheAllianceHospitalOfSeveralIsAMemberOfEach() {
        ExtractionResult r = read("遵义市中医院是上海市第一人民医院、北京中医药大学东直门医院联盟医院。");
        assertThat(memberships(r))
                .containsExactlyInAnyOrder(List.of("上海市第一人民医院", "遵义市中医院"), List.of("北京中医药大学东直门医院", "遵义市中医院"));
        assertThat(r.hospitals()).extracting(HospitalFact::name).doesNotContain("北京中医药大学东直门医院联盟医院");
    }

    @Test
    void aFirstMemberJoiningTheAllianceNamedBefore() {
        ExtractionResult r = read("四川省人民医院牵头成立重症医学专科联盟。南充市中医医院作为首批成员单位，正式加入该联盟。");
        assertThat(memberships(r)).containsExactly(List.of("四川省人民医院", "南充市中医医院"));
    }

    @Test
    void aGroupsBranchPlaqueHungAtAHostHospital() {
        ExtractionResult r = read("12月20日，湖南省中西医结合医院医疗集团首家分院在双峰县中医医院举行了隆重的挂牌仪式。");
        assertThat(memberships(r)).containsExactly(List.of("湖南省中西医结合医院", "双峰县中医医院"));
    }

    @Test
    void aBranchNamedAfterItsParentWithItsOwnNameInBrackets() {
        ExtractionResult r = read("南宁市第一人民医院青秀分院（青秀区人民医院）于2019年挂牌。");
        assertThat(memberships(r)).containsExactly(List.of("南宁市第一人民医院", "青秀区人民医院"));
    }

    @Test
    void aProfiledBranchIsAHospitalOfItsOwnNameTakenOverByItsParent() {
        ExtractionResult r = read("上海市第一人民医院宝山分院（第二冠名：宝山区吴淞中心医院）是一所非营利性医疗机构。" + "2003年1月由上海市第一人民医院托管。现核定床位608张。");
        assertThat(r.indicators()).extracting(IndicatorFact::hospital).containsOnly("上海市第一人民医院宝山分院");
        assertThat(memberships(r)).containsExactly(List.of("上海市第一人民医院", "上海市第一人民医院宝山分院"));
    }

    @Test
    void aBranchNamedOnlyInPassingStaysItsParentsName() {
        assertThat(mentioned("上海市第一人民医院宝山分院举行义诊活动。")).containsExactly("上海市第一人民医院");
    }

    // pilots

    @Test
    void aDesignationCountedFirstListsItsHospitalsAfterItsOwnSubheadings() {
        ExtractionResult r = read("2011年，省卫生厅确定23家医院为单病种收费试点医院，其中省管医院为湖北省新华医院、武汉科技大学附属天佑医院，" + "武汉市管医院为武汉市中心医院。");
        assertThat(r.pilots()).extracting(PilotFact::hospital).containsExactly("湖北省新华医院", "武汉科技大学附属天佑医院", "武汉市中心医院");
        assertThat(r.pilots()).allSatisfy(p -> assertThat(p.year()).isEqualTo(2011));
    }

    @Test
    void projectsSelectedUnderANationalRegionalCentrePlanAreDesignated() {
        ExtractionResult r =
                read("近日，国家发展改革委、卫生健康委、中医药局联合印发第四批国家区域医疗中心建设方案要点，山东报送的2个建设项目全部入选，" + "分别为北京大学人民医院青岛医院、山东大学齐鲁医院德州医院。");
        assertThat(r.pilots())
                .extracting(PilotFact::hospital, PilotFact::name, PilotFact::level)
                .containsExactly(
                        tuple("北京大学人民医院青岛医院", "第四批国家区域医疗中心建设方案", "national"),
                        tuple("山东大学齐鲁医院德州医院", "第四批国家区域医疗中心建设方案", "national"));
    }

    // hospitals

    @Test
    void hospitalsNamedByWhoRunsThemAreNoHospital() {
        assertThat(mentioned("湖北省卫生厅：省管医院、市属医院和委属委管医院均实行单病种收费。")).isEmpty();
    }

    @Test
    void aShortFormIsExpandedWithItsCountyAsTheTextWritesIt() {
        ExtractionResult r = read("秀山县位于重庆东南部。县人民医院开放床位500张。");
        assertThat(r.hospitals()).extracting(HospitalFact::name).containsExactly("秀山县人民医院");
    }

    @Test
    void aShortFormExpandedInATraditionalTextIsAlsoKnownAsTheTextWouldWriteIt() {
        ExtractionResult r = read("秀山縣位於重慶東南部。縣人民醫院開放床位500張。");
        assertThat(r.hospitals()).singleElement().satisfies(h -> {
            assertThat(h.name()).isEqualTo("秀山县人民医院");
            assertThat(h.aliases()).contains("秀山縣人民醫院", "縣人民醫院");
        });
    }

    @Test
    void aCountOfHospitalsAfterAProvinceIsNoHospital() {
        assertThat(mentioned("陕西两医院入选区域医疗中心建设试点输出医院。")).isEmpty();
    }

    @Test
    void aTimeBeforeTheWordHospitalPointsToTheDocumentsHospital() {
        ExtractionResult r = read("广西壮族自治区桂东人民医院位于梧州市。目前医院有在岗员工1200多人，编制床位800张。目前医院开放床位1200张。");
        assertThat(r.hospitals()).extracting(HospitalFact::name).containsExactly("广西壮族自治区桂东人民医院");
        assertThat(r.indicators())
                .extracting(
                        IndicatorFact::hospital,
                        IndicatorFact::code,
                        f -> f.value().intValue())
                .containsExactlyInAnyOrder(
                        tuple("广西壮族自治区桂东人民医院", "staff_total", 1200),
                        tuple("广西壮族自治区桂东人民医院", "beds_authorized", 800),
                        tuple("广西壮族自治区桂东人民医院", "beds_open", 1200));
    }

    // indicators

    @Test
    void staffCountedAsEmployeesAtPostOrInAll() {
        assertThat(read("遵义市第一人民医院拥有员工3000人。").indicators())
                .extracting(IndicatorFact::code, f -> f.value().intValue())
                .containsExactly(tuple("staff_total", 3000));
        assertThat(read("遵义市第一人民医院现有在岗员工1434人。").indicators())
                .extracting(IndicatorFact::code, f -> f.value().intValue())
                .containsExactly(tuple("staff_total", 1434));
        assertThat(read("遵义市第一人民医院今年新招聘员工50人。").indicators()).isEmpty();
    }

    @Test
    void theAreaAboveOrBelowGroundIsAPartNotTheTotal() {
        ExtractionResult r = read("海南医学院第一附属医院总建筑面积306783平方米（地上建筑面积：231520平方米，地下建筑面积75263平方米）。");
        assertThat(r.indicators())
                .extracting(IndicatorFact::code, f -> f.value().intValue())
                .containsExactly(tuple("floor_area", 306783));
    }

    @Test
    void theAreaOfABuildingInAStageOfAProjectIsATarget() {
        ExtractionResult r = read("泉州医学高等专科学校附属人民医院开放床位800张，二期综合病房大楼总建筑面积5.4万㎡。");
        assertThat(r.indicators())
                .filteredOn(f -> !f.target())
                .extracting(IndicatorFact::code)
                .containsExactly("beds_open");
    }
}
