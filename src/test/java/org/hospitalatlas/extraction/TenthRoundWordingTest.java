package org.hospitalatlas.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hospitalatlas.extraction.WordingFixtures.memberships;
import static org.hospitalatlas.extraction.WordingFixtures.read;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Families of wording the tenth round fixed (from the fourteenth fresh set's development half and the held-out set's
 * failure families), each pinned on a sentence written for the test. How well they work is measured on real texts
 * only (eval/).
 */
class TenthRoundWordingTest {

    // hospital names

    @ParameterizedTest
    @ValueSource(strings = {"地市州人民医院", "各县市人民医院", "区县人民医院"})
    void levelsOfPlacesNameNoHospital(String generic) {
        ExtractionResult r = read("2023年5月，眉山市人民医院与18家" + generic + "签署专科联盟协议。");
        assertThat(r.hospitals()).extracting(HospitalFact::name).containsExactly("眉山市人民医院");
    }

    @Test
    void aDepartmentsCentreAfterTheHospitalIsNoHospitalOfItsOwn() {
        ExtractionResult r = read("2023年5月，眉山市人民医院辅助生殖医学中心与彭山区人民医院签订专科联盟协议。");
        assertThat(r.hospitals())
                .extracting(HospitalFact::name)
                .contains("眉山市人民医院")
                .doesNotContain("眉山市人民医院辅助生殖医学中心");
    }

    @Test
    void anArmyGeneralHospitalsMedicalCentreIsAHospitalAndOutranksADistrictHospital() {
        ExtractionResult r = read("2020年3月，解放军总医院第三医学中心与北京市丰台区人民医院签订医联体协议。");
        assertThat(memberships(r)).containsExactly(List.of("解放军总医院第三医学中心", "北京市丰台区人民医院"));
    }

    @Test
    void aRenamedCountyLevelCityStillStartsANameWhoseCoreStartsWithShi() {
        ExtractionResult r = read("2017年6月，青岛市市立医院一行来到胶州市市北医院，与胶州市市北医院签订共建医联体合作协议。");
        assertThat(r.hospitals()).extracting(HospitalFact::name).contains("胶州市市北医院");
        assertThat(memberships(r)).containsExactly(List.of("青岛市市立医院", "胶州市市北医院"));
    }

    @Test
    void aMaternalAndChildHealthStationIsAMemberLikeAHospital() {
        ExtractionResult r = read("2024年6月，南京市第一医院妇产专科联盟成立，南京市溧水区人民医院、南京市玄武区妇幼保健所成为首批联盟单位，" + "南京市第一医院担任联盟组长单位。");
        assertThat(memberships(r))
                .containsExactlyInAnyOrder(List.of("南京市第一医院", "南京市溧水区人民医院"), List.of("南京市第一医院", "南京市玄武区妇幼保健所"));
    }

    // consortia

    @Test
    void aUnitThatIsNoHospitalAtTheEndOfAMemberListKeepsTheListWhole() {
        ExtractionResult r = read("2024年6月，南京市第一医院妇产专科联盟成立，盱眙县中医院、金湖县中医院和江苏省妇幼健康研究中心成为首批联盟单位，" + "南京市第一医院担任联盟组长单位。");
        assertThat(memberships(r))
                .containsExactlyInAnyOrder(List.of("南京市第一医院", "盱眙县中医院"), List.of("南京市第一医院", "金湖县中医院"));
    }

    @Test
    void theConsortiumsHospitalsListedAfterFenBieShiAreItsMembers() {
        ExtractionResult r = read("2019年7月，由德阳市人民医院牵头成立的生殖医学专科联盟签约。3家生殖医学专科联盟医院分别是,什邡市人民医院、广汉市人民医院、" + "绵竹市人民医院。");
        assertThat(memberships(r))
                .containsExactlyInAnyOrder(
                        List.of("德阳市人民医院", "什邡市人民医院"), List.of("德阳市人民医院", "广汉市人民医院"), List.of("德阳市人民医院", "绵竹市人民医院"));
    }

    @Test
    void aConsortiumsSigningCeremonyHeldAtAHospitalMakesItAMember() {
        ExtractionResult r = read("2019年4月29日，华中科技大学同济医学院附属协和医院疼痛科专科联盟签约授牌仪式在浠水县人民医院举行。");
        assertThat(memberships(r)).containsExactly(List.of("华中科技大学同济医学院附属协和医院", "浠水县人民医院"));
    }

    @Test
    void theSubjectJoinsInALaterClauseTheConsortiumOfTheHospitalAfterJiaRu() {
        ExtractionResult r = read("2019年4月，浠水县人民医院疼痛科发展迅速，是黄冈市重点专科，此次加入华中科技大学同济医学院附属协和医院疼痛专科联盟后，" + "两家医院将加强合作。");
        assertThat(memberships(r)).containsExactly(List.of("华中科技大学同济医学院附属协和医院", "浠水县人民医院"));
    }

    @Test
    void aSubjectWhoPlansToJoinJoinsNothing() {
        ExtractionResult r = read("2019年4月，浠水县人民医院疼痛科发展迅速，将申请加入华中科技大学同济医学院附属协和医院疼痛专科联盟。");
        assertThat(memberships(r)).isEmpty();
    }

    @Test
    void theSubjectFormsAConsortiumInALaterClauseWithTheHospitalAfterYu() {
        ExtractionResult r = read("(通讯员 张三)3月2日,四川大学华西医院心内科主任率专家团队来汶川县人民医院开展义诊,并签订合作协议,与汶川县人民医院心内科建立" + "心血管专科联盟。");
        assertThat(memberships(r)).containsExactly(List.of("四川大学华西医院", "汶川县人民医院"));
    }

    @Test
    void aClauseAfterAPlaceAndAFutureIsNoSubjectOfALaterPair() {
        ExtractionResult r = read("在2024年,即将迎来新院区竣工验收的关键时期,与中山市人民医院共建紧密型医联体。");
        assertThat(memberships(r)).isEmpty();
    }

    @Test
    void aHospitalThatCoBuildsAnotherWithAGovernmentLeadsIt() {
        ExtractionResult r = read("8月8日上午,市政府与浙江省肿瘤医院举行合作共建衢州市肿瘤医院签约仪式。");
        assertThat(memberships(r)).containsExactly(List.of("浙江省肿瘤医院", "衢州市肿瘤医院"));
    }

    @Test
    void twoHospitalsOfOneTierThatCoBuildReadNoLead() {
        ExtractionResult r = read("8月8日上午,市政府与衢州市人民医院举行合作共建衢州市肿瘤医院签约仪式。");
        assertThat(memberships(r)).isEmpty();
    }

    @Test
    void aHospitalThatJoinsAnAllianceNoHospitalLeadsIsAMemberWithoutLead() {
        ExtractionResult r = read("2021年5月，宜昌市中心人民医院正式加入中国医院协会日间手术合作联盟。");
        assertThat(memberships(r)).containsExactly(List.of("null", "宜昌市中心人民医院"));
        assertThat(r.hospitals()).extracting(HospitalFact::name).containsExactly("宜昌市中心人民医院");
    }

    @Test
    void aLeaderlessReadingGivesWayToTheLeadTheDocumentNamesElsewhere() {
        ExtractionResult r = read("2021年5月，安徽省儿童医院牵头组建安徽省儿童医疗联合体，六安市妇幼保健院为成员单位。" + "同年，六安市妇幼保健院正式加入安徽省儿童医疗联合体。");
        assertThat(memberships(r)).containsExactly(List.of("安徽省儿童医院", "六安市妇幼保健院"));
    }

    @Test
    void aHospitalThatPlansToJoinAnAllianceJoinsNothing() {
        ExtractionResult r = read("2021年5月，宜昌市中心人民医院将申请加入中国日间手术合作联盟。");
        assertThat(memberships(r)).isEmpty();
    }

    @Test
    void theCountThatClosesTheOtherSidesListKeepsTheSigningWhole() {
        ExtractionResult r = read("2022年3月，东至县人民医院与尧渡镇中心卫生院、胜利镇中心卫生院等全县12家乡镇卫生院签订了医共体协议书。");
        assertThat(memberships(r))
                .containsExactlyInAnyOrder(List.of("东至县人民医院", "尧渡镇中心卫生院"), List.of("东至县人民医院", "胜利镇中心卫生院"));
    }

    @Test
    void theHospitalAnOutputUnitHelpsIsItsMember() {
        ExtractionResult r = read("2023年，宜昌市第二人民医院作为医疗技术输出单位，通过派驻专家帮扶五峰县人民医院。");
        assertThat(memberships(r)).containsExactly(List.of("宜昌市第二人民医院", "五峰县人民医院"));
    }

    @Test
    void theHospitalWhoseResourcesACentreBringsInLeadsItsHost() {
        ExtractionResult r = read("2022年，三峡大学附属仁和医院是湖北省区域医疗中心依托医院，该项目引入华中科技大学同济医学院附属协和医院优质医疗资源。");
        assertThat(memberships(r)).containsExactly(List.of("华中科技大学同济医学院附属协和医院", "三峡大学附属仁和医院"));
    }

    @Test
    void aCitysTelemedicineCentreIsNoHospital() {
        ExtractionResult r = read("2020年，宜昌市远程医学中心与五峰县人民医院签约。");
        assertThat(WordingFixtures.mentioned("2020年，宜昌市远程医学中心与五峰县人民医院签约。")).containsExactly("五峰县人民医院");
        assertThat(r.hospitals()).extracting(HospitalFact::name).doesNotContain("宜昌市远程医学中心");
    }

    // pilots: a profile's titles

    @ParameterizedTest
    @ValueSource(
            strings = {"亦为国家临床路径管理试点单位、国家住院医师规范化培训基地", "获得国家临床路径管理试点单位称号", "荣誉称号众多，包括全国文明单位、国家临床路径管理试点单位、湖北省先进集体等"})
    void aPilotAmongAProfilesTitlesIsADesignation(String titles) {
        ExtractionResult r = read("宜昌市中心人民医院始建于1950年。宜昌市中心人民医院" + titles + "。");
        assertThat(r.pilots())
                .extracting(PilotFact::hospital, PilotFact::name)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("宜昌市中心人民医院", "国家临床路径管理试点单位"));
    }

    @Test
    void aTitleAmongAProfilesTitlesThatIsNoPilotIsNone() {
        ExtractionResult r = read("宜昌市中心人民医院先后获得全省首批通过三甲评审的县级医院、全国文明单位等荣誉。");
        assertThat(r.pilots()).isEmpty();
    }

    @Test
    void theHospitalsTheSubjectJoinsHandsWithToFormAnAllianceAreItsMembers() {
        ExtractionResult r =
                read("为贯彻落实国家医改政策,促进优质医疗资源下沉,近日,宿州市立医院普外科以疝病诊治为切入点,携手砀山县人民医院、" + "灵璧县人民医院,牵头成立“宿州市疝病专科联盟”。");
        assertThat(memberships(r))
                .containsExactlyInAnyOrder(List.of("宿州市立医院", "砀山县人民医院"), List.of("宿州市立医院", "灵璧县人民医院"));
    }

    @Test
    void hospitalsFusedToFormANewOneAreMergedIntoIt() {
        ExtractionResult r = read("今年4月，市委决定，由揭阳市第二人民医院与揭阳市第三人民医院深度融合，组建成立揭阳市中心医院。");
        assertThat(r.consortia()).singleElement().satisfies(c -> {
            assertThat(c.lead()).isEqualTo("揭阳市中心医院");
            assertThat(c.members())
                    .filteredOn(m -> m.role().equals("merged"))
                    .extracting(ConsortiumFact.Member::hospital)
                    .containsExactlyInAnyOrder("揭阳市第二人民医院", "揭阳市第三人民医院");
        });
    }

    @Test
    void aModelHospitalsCultivationUnitIsADesignation() {
        ExtractionResult r = read("2023年5月，怀化市第一人民医院入选湖南省公立医院高质量发展示范性医院培育单位。");
        assertThat(r.pilots())
                .extracting(PilotFact::hospital, PilotFact::year, PilotFact::category)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("怀化市第一人民医院", 2023, "high_quality_demo"));
    }
}
