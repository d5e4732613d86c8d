package org.hospitalatlas.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hospitalatlas.extraction.WordingFixtures.memberships;
import static org.hospitalatlas.extraction.WordingFixtures.mentioned;
import static org.hospitalatlas.extraction.WordingFixtures.read;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Families of wording the eleventh round fixed (from the sixteenth fresh set's development half and the held-out set's
 * failure families), each pinned on a sentence written for the test. How well they work is measured on real texts
 * only (eval/).
 */
class EleventhRoundWordingTest {

    // hospital names

    @Test
    void aBatchOfPilotsNamesNoHospital() {
        ExtractionResult r = read("2023年5月，省卫生健康委确定20家医院作为第一批公立医院高质量发展试点医院，我省有2家医院入选，分别是：贵州医科大学附属医院、贵州省人民医院。");
        assertThat(r.hospitals()).extracting(HospitalFact::name).containsExactlyInAnyOrder("贵州医科大学附属医院", "贵州省人民医院");
    }

    @Test
    void aUniversitysShortFormStandsForTheFullNameTheDocumentWrites() {
        assertThat(memberships(read("南昌大学第一附属医院概况。3月，南大一附院与余干县人民医院签订紧密型医联体协议。")))
                .containsExactly(List.of("南昌大学第一附属医院", "余干县人民医院"));
        // the second hospital is no 一附院: the short form stays apart from it
        assertThat(memberships(read("南昌大学第二附属医院概况。3月，南大一附院与余干县人民医院签订紧密型医联体协议。")))
                .containsExactly(List.of("南大第一附属医院", "余干县人民医院"));
    }

    @Test
    void aUniversitysOwnNewsNamesItsHospitalByTheOrdinal() {
        ExtractionResult r = read("南昌大学第一附属医院简介。12月15日，我校一附院与余干县人民医院紧密型医联体签约揭牌仪式在余干县人民医院举行。");
        assertThat(memberships(r)).containsExactly(List.of("南昌大学第一附属医院", "余干县人民医院"));
    }

    @Test
    void aUniversitysOwnShortFormIsDroppedWhenTheDocumentWritesNoFullName() {
        assertThat(mentioned("12月15日，我校一附院与余干县人民医院签约。")).containsExactly("余干县人民医院");
    }

    // who publishes the page

    @Test
    void aCreditLineNamesThePublishingHospitalAndATitleWithWoYuanNamesThePartner() {
        ExtractionResult r = read("我院与分宜县人民医院签订对口支援协议来源:新余市人民医院 作者:新余市人民医院 2012年2月29日，" + "我院与分宜县人民医院签订了对口支援工作协议。");
        assertThat(memberships(r)).containsExactly(List.of("新余市人民医院", "分宜县人民医院"));
    }

    // consortia

    @Test
    void theHeadsWhoSignNameTheirHospitals() {
        ExtractionResult r = read("宜昌市中心人民医院院长王明与长阳县人民医院院长李华、五峰县人民医院院长张强分别代表双方签署医联体合作协议。");
        assertThat(memberships(r))
                .containsExactlyInAnyOrder(List.of("宜昌市中心人民医院", "长阳县人民医院"), List.of("宜昌市中心人民医院", "五峰县人民医院"));
    }

    @Test
    void headsListedWithoutYuSignForTheirHospitals() {
        ExtractionResult r = read("宜昌市中心人民医院党委书记王明、长阳县人民医院院长李华分别代表双方签署医联体协议。");
        assertThat(memberships(r)).containsExactly(List.of("宜昌市中心人民医院", "长阳县人民医院"));
    }

    @Test
    void headsOfHospitalsOfOneTierReadNoLead() {
        ExtractionResult r = read("长阳县人民医院院长李华与五峰县人民医院院长张强代表双方签署医联体协议。");
        assertThat(memberships(r)).isEmpty();
    }

    @Test
    void twoHospitalsJoinedByHeSignWithEachOther() {
        ExtractionResult r = read("8月23日，理县人民医院和成都军区总医院成功签订了“军队医院对口支援西部地区县医院”协议。");
        assertThat(memberships(r)).containsExactly(List.of("成都军区总医院", "理县人民医院"));
    }

    @Test
    void twoHospitalsJoinedByHeThatSignNothingFormNothing() {
        assertThat(memberships(read("理县人民医院和四川省人民医院都是三级医院。"))).isEmpty();
    }

    @Test
    void counterpartSupportBetweenTwoHospitalsIsAConsortium() {
        assertThat(memberships(read("连江县医院与福州市第二医院近日正式对口帮扶协作。"))).containsExactly(List.of("福州市第二医院", "连江县医院"));
        assertThat(memberships(read("新余市人民医院自2007年对口支援分宜县人民医院以来，已第六次签订协议。")))
                .containsExactly(List.of("新余市人民医院", "分宜县人民医院"));
    }

    @Test
    void aConsortiumNamedAfterItsLeadsShortNameIsLedByIt() {
        ExtractionResult r = read("宿松县中医院正式成为上海瑞金智慧医疗联合体成员单位。上海交通大学医学院附属瑞金医院院长为第二批成员单位授牌，" + "双方将深化与瑞金医院的合作。");
        assertThat(memberships(r)).containsExactly(List.of("上海交通大学医学院附属瑞金医院", "宿松县中医院"));
    }

    @Test
    void aKindOfConsortiumNamesNoConsortiumToJoin() {
        ExtractionResult r = read("3月29日，天津医科大学总医院与天津港口医院正式签署定点协作业务合作协议，成为医疗联合体单位。");
        assertThat(r.consortia()).extracting(ConsortiumFact::lead).containsOnly("天津医科大学总医院");
    }

    // pilots

    @Test
    void aReformsPilotEndsItsClause() {
        ExtractionResult r = read("连江县医院是全省公立医院改革的试点，也是全国500家县级公立医院改革试点之一。");
        assertThat(r.pilots()).extracting(PilotFact::name).containsExactly("全省公立医院改革的试点", "全国500家县级公立医院改革试点");
        assertThat(read("2012年，我省继续开展公立医院改革试点，连江县医院积极推进。").pilots()).isEmpty();
    }

    @Test
    void theFirstOfTheCitysPilotsIsADesignation() {
        ExtractionResult r = read("遵义市第一人民医院是我市第一家现代医院管理制度试点医院。");
        assertThat(r.pilots()).extracting(PilotFact::category).containsExactly("modern_hospital_management");
    }

    @Test
    void aPilotAmongTitlesCutBySemicolonsSharesTheListsTrigger() {
        ExtractionResult r = read("遵义市第一人民医院先后获得全国改善医疗服务示范医院；国家公立医院综合改革试点医院；省级文明单位等荣誉。");
        assertThat(r.pilots())
                .extracting(PilotFact::hospital, PilotFact::category)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("遵义市第一人民医院", "comprehensive_reform"));
    }

    @Test
    void semicolonsWithoutATitlesTriggerStateNoPilot() {
        assertThat(read("遵义市第一人民医院开展义诊；国家公立医院综合改革试点医院名单另行公布。").pilots()).isEmpty();
    }

    // more names

    @Test
    void aPlacesLevelOfHospitalsIsNoName() {
        assertThat(mentioned("上海市级医院儿科专科联盟成立，复旦大学附属儿科医院牵头。")).containsExactly("复旦大学附属儿科医院");
    }

    @Test
    void aCommunityHealthCentreWithoutFuWuIsAMember() {
        ExtractionResult r = read("武汉市第一医院在市卫健委、区卫健局的引领下，与民族街社区卫生中心正式签署医联体合作协议。");
        assertThat(memberships(r)).containsExactly(List.of("武汉市第一医院", "民族街社区卫生中心"));
    }

    @Test
    void aWorkstationMovingInIsNoPartOfAName() {
        assertThat(mentioned("福建医科大学附属第一医院十大专家团队工作站入驻长乐区医院")).doesNotContain("福建医科大学附属第一医院十大专家团队工作站入驻长乐区医院");
    }

    @Test
    void aHospitalTheUniversityRunsUnderItsOwnNameIsWrittenWithoutTheSchool() {
        ExtractionResult r = read("6月14日，红安县人民医院与武汉中南医院儿科组建专科联盟。武汉大学中南医院相关负责人出席。");
        assertThat(memberships(r)).containsExactly(List.of("武汉大学中南医院", "红安县人民医院"));
        // an affiliated hospital keeps its school: 郑州儿童医院 is not read as 郑州大学附属儿童医院
        assertThat(mentioned("郑州大学附属儿童医院与郑州儿童医院。")).containsExactly("郑州大学附属儿童医院", "郑州儿童医院");
    }

    @Test
    void aUniversitysOneAffiliatedHospitalByItsShortForm() {
        ExtractionResult r = read("成都大学附属医院简介。成大附院与金牛区人民医院签约组建医联体。");
        assertThat(memberships(r)).containsExactly(List.of("成都大学附属医院", "金牛区人民医院"));
    }

    // more consortia

    @Test
    void anArmyRegionsGeneralHospitalOutranksAProvincesHospital() {
        ExtractionResult r = read("24日上午，南京军区福州总医院与福建省第三人民医院共建医疗联合体启动仪式在福建省第三人民医院举行。");
        assertThat(memberships(r)).containsExactly(List.of("南京军区福州总医院", "福建省第三人民医院"));
    }

    @Test
    void theSubjectFormsAConsortiumWithSeveralLargerOnesInALaterClause() {
        ExtractionResult r = read("秭归县中医医院始建于1958年，是一所二级甲等中医医院，与湖北省中医院、宜昌市中医医院结为医疗联合体。");
        assertThat(memberships(r))
                .containsExactlyInAnyOrder(List.of("湖北省中医院", "秭归县中医医院"), List.of("宜昌市中医医院", "秭归县中医医院"));
    }

    @Test
    void gaiYuanOpeningTheSentenceIsThePagesHospital() {
        ExtractionResult r = read("今天，李沧区永清路社区医院正式揭牌启用。启用当天，该社区医院还与青岛市第八人民医院举行紧密型医联体签约仪式。");
        assertThat(memberships(r)).containsExactly(List.of("青岛市第八人民医院", "李沧区永清路社区医院"));
    }

    @Test
    void aSignerNamedByDaiBiaoAloneStillSignsForTheLastHospital() {
        ExtractionResult r = read("成都大学附属医院党委书记孟晖分别和金牛区人民医院院长廖伟、金牛区社区卫生服务中心代表签订医联体合作协定。");
        assertThat(memberships(r))
                .containsExactlyInAnyOrder(List.of("成都大学附属医院", "金牛区人民医院"), List.of("成都大学附属医院", "金牛区社区卫生服务中心"));
    }

    @Test
    void aListWithoutSignersSigningReadsNoLead() {
        assertThat(memberships(read("长阳县人民医院、宜昌市中心人民医院签订医联体协议。"))).isEmpty();
    }

    // indicators

    @Test
    void aFigureUnderABareWordIsAnotherMeasureBesideAFullerOne() {
        ExtractionResult r = read("遵义市第一人民医院现有床位800张，开放床位650张，在职职工1200人，退休职工300人。");
        assertThat(r.indicators())
                .extracting(f -> f.code() + "=" + f.value().toPlainString())
                .containsExactlyInAnyOrder("beds_open=650", "staff_total=1200");
    }

    @Test
    void hospitalsJoinedByYuThatLeadJointlyAreCoLeads() {
        assertThat(read("中国运动医学联盟由北京大学第三医院与四川大学华西医院共同牵头成立。").consortia())
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.lead()).isNull();
                    assertThat(c.members())
                            .extracting(ConsortiumFact.Member::hospital)
                            .containsExactlyInAnyOrder("北京大学第三医院", "四川大学华西医院");
                });
        assertThat(read("该联盟采用双盟主制，由北京大学第三医院与四川大学华西医院共同担任盟主。").consortia())
                .extracting(ConsortiumFact::lead)
                .containsOnlyNulls();
    }
}
