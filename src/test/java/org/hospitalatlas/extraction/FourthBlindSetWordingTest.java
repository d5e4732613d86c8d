package org.hospitalatlas.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hospitalatlas.extraction.WordingFixtures.memberships;
import static org.hospitalatlas.extraction.WordingFixtures.mentioned;
import static org.hospitalatlas.extraction.WordingFixtures.read;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Families of wording the fourth fresh blind set (z201–z270) showed, each pinned on a sentence written for the test.
 * How well they work is measured on real texts only (eval/).
 */
class FourthBlindSetWordingTest {

    private static List<IndicatorFact> stated(ExtractionResult r) {
        return r.indicators().stream().filter(f -> !f.target()).toList();
    }

    // consortia

    @Test
    void aTakeOverNamesEveryHospitalOfItsList() {
        ExtractionResult r = read("河南中医药大学第一附属医院成立于1953年，相继托管了嵩县中医院、上蔡县中医院和鹤壁市中医院。");
        assertThat(memberships(r))
                .containsExactlyInAnyOrder(
                        List.of("河南中医药大学第一附属医院", "嵩县中医院"),
                        List.of("河南中医药大学第一附属医院", "上蔡县中医院"),
                        List.of("河南中医药大学第一附属医院", "鹤壁市中医院"));
    }

    @Test
    void theAllianceLeadStatedAsItsLeadingUnitTakesTheMembersOfABrandNamedAlliance() {
        ExtractionResult r = read("西安市第四医院作为联盟的龙头单位，要发挥引领作用。" + "阿里地区人民医院、汉中市人民医院等作为成员单位代表，被授予“广仁妇产专科联盟”成员医院牌匾。");
        assertThat(memberships(r))
                .containsExactlyInAnyOrder(List.of("西安市第四医院", "阿里地区人民医院"), List.of("西安市第四医院", "汉中市人民医院"));
    }

    @Test
    void aMemberAllianceNamedAfterAnotherHospitalKeepsItsOwnLead() {
        ExtractionResult r = read("西安市第四医院作为联盟的龙头单位，要发挥引领作用。" + "汉中市人民医院被授予“湘雅医院妇产专科联盟”成员医院牌匾。");
        assertThat(memberships(r)).doesNotContain(List.of("西安市第四医院", "汉中市人民医院"));
    }

    @Test
    void aDepartmentLeadsForItsHospital() {
        ExtractionResult r = read("四川省创伤中心联盟是由四川省人民医院急诊中心牵头搭建的。广汉市人民医院加入“四川省创伤中心联盟”。");
        assertThat(memberships(r)).contains(List.of("四川省人民医院", "广汉市人民医院"));
    }

    @Test
    void anAgreementWhoseTitleNamesTheConsortiumMakesTheLargerHospitalItsLead() {
        ExtractionResult r = read("1月18日，中山大学孙逸仙纪念医院与兵团医院在乌鲁木齐正式签署《关于深化援疆帮扶建立紧密型医联体合作协议》。" + "兵团医院院长出席签约仪式。");
        assertThat(memberships(r)).containsExactly(List.of("中山大学孙逸仙纪念医院", "兵团医院"));
    }

    @Test
    void aPlaqueThatPutsTheLeadsNameBeforeAnInstitutionsMakesItAMember() {
        ExtractionResult r =
                read("4月24日，赣州市人民医院赣县中医院正式挂牌成立。赣州市人民医院院长出席。" + "同时，赣州市人民医院赣县医院、赣州市人民医院赣县江口镇中心卫生院也在今天正式挂牌成立。");
        assertThat(memberships(r))
                .containsExactlyInAnyOrder(
                        List.of("赣州市人民医院", "赣州市人民医院赣县中医院"),
                        List.of("赣州市人民医院", "赣州市人民医院赣县医院"),
                        List.of("赣州市人民医院", "赣州市人民医院赣县江口镇中心卫生院"));
    }

    @Test
    void membersNamedBeforeDengChengYuanDanWei() {
        ExtractionResult r =
                read("北京积水潭医院与昌平区中医医院签约，将其纳入昌平区南部医联体。" + "医联体目前由15家医疗机构组成，还包含昌平区中西医结合医院、京都儿童医院、回龙观医院等成员单位。");
        assertThat(memberships(r))
                .contains(List.of("北京积水潭医院", "昌平区中西医结合医院"), List.of("北京积水潭医院", "京都儿童医院"), List.of("北京积水潭医院", "回龙观医院"));
    }

    @Test
    void oneHospitalFormsAConsortiumWithEachOfSeveralLargerOnes() {
        ExtractionResult r = read("通化市人民医院与北京大学人民医院、吉林大学第一医院结为医疗联合体。");
        assertThat(memberships(r))
                .containsExactlyInAnyOrder(List.of("北京大学人民医院", "通化市人民医院"), List.of("吉林大学第一医院", "通化市人民医院"));
        assertThat(memberships(read("北京大学人民医院与通化市人民医院、吉林市人民医院结为医疗联合体。")))
                .containsExactlyInAnyOrder(List.of("北京大学人民医院", "通化市人民医院"), List.of("北京大学人民医院", "吉林市人民医院"));
    }

    // hospital names

    @Test
    void aShortNameWithoutPlaceCountsWhenTheTextKeepsUsingIt() {
        assertThat(mentioned("据介绍，内蒙古医院目前开放床位2135张。内蒙古医院年门诊量80多万人次。")).containsExactly("内蒙古医院", "内蒙古医院");
        assertThat(mentioned("据介绍，内蒙古医院目前开放床位2135张。")).isEmpty();
    }

    @Test
    void aShortNameListedRightAfterANamedHospitalCounts() {
        assertThat(mentioned("北京积水潭医院、回龙观医院等参加了签约。")).containsExactly("北京积水潭医院", "回龙观医院");
    }

    @Test
    void aShortNameThatOpensASentenceDescribingItAsAHospitalCounts() {
        ExtractionResult r = read("新华医院是上海交通大学医学院附属教学医院，现有员工3490人。");
        assertThat(stated(r))
                .extracting(
                        IndicatorFact::hospital,
                        IndicatorFact::code,
                        f -> f.value().intValue())
                .containsExactly(tuple("新华医院", "staff_total", 3490));
    }

    @Test
    void pointersRegionsAndGluedBranchPartsAreNoShortNames() {
        assertThat(mentioned("这所医院很大。这所医院很新。")).isEmpty();
        assertThat(mentioned("长三角医院协同发展，长三角医院联盟成立。")).isEmpty();
        assertThat(mentioned("西交大一附院榆林医院揭牌。会上，榆林医院院长讲话。")).doesNotContain("榆林医院");
    }

    @Test
    void aDevelopmentZonesHospitalIsNamedAfterTheZone() {
        assertThat(mentioned("大连市中心医院正式托管长兴岛经济技术开发区中心医院。")).containsExactly("大连市中心医院", "长兴岛经济技术开发区中心医院");
    }

    @Test
    void aSecondNameAfterYouMingIsAnotherNameNotABranch() {
        assertThat(mentioned("福建中医药大学附属第二人民医院又名福建省第二人民医院，现开放床位653张。")).containsExactly("福建中医药大学附属第二人民医院", "福建省第二人民医院");
    }

    // indicators

    @Test
    void outpatientAndEmergencyVisitsWrittenApart() {
        assertThat(stated(read("乌兰察布市中心医院年门、急诊量55万余人次。")))
                .extracting(IndicatorFact::code, f -> f.value().intValue())
                .containsExactly(tuple("outpatient_emergency_visits", 550000));
        assertThat(stated(read("乌审旗人民医院2016年全年门诊(含急诊)量为113760人次。")))
                .extracting(IndicatorFact::code, f -> f.value().intValue())
                .containsExactly(tuple("outpatient_emergency_visits", 113760));
    }

    @Test
    void authorisedBedsUnderTheirOtherNames() {
        assertThat(stated(read("曹妃甸区工人医院核准床位305张，定编床位也是305张。")))
                .extracting(IndicatorFact::code)
                .containsOnly("beds_authorized");
        assertThat(stated(read("伊犁州友谊医院核定床位1500张(实际开放1800张)。")))
                .extracting(IndicatorFact::code, f -> f.value().intValue())
                .containsExactlyInAnyOrder(tuple("beds_authorized", 1500), tuple("beds_open", 1800));
    }

    @Test
    void onlyTheSeniorTitlesTogetherAreTheSeniorStaff() {
        assertThat(stated(read("叙永县人民医院现有职工800人，其中副高级职称37人，正高级职称5人。")))
                .extracting(IndicatorFact::code)
                .containsExactly("staff_total");
        assertThat(stated(read("叙永县人民医院副高级职称以上人员42人。")))
                .extracting(IndicatorFact::code)
                .containsExactly("senior_title_staff");
    }

    @Test
    void admissionsAreNotDischarges() {
        assertThat(stated(read("平潭综合实验区医院年住院人数2万多人次。"))).isEmpty();
    }

    @Test
    void figuresOfTheFoundingAreHistory() {
        assertThat(stated(read("乌兰察布市中心医院1953年建院时只有35张病床。"))).isEmpty();
        assertThat(stated(read("海口市人民医院创办于1951年。当时，医院占地面积只有64亩，工作人员仅有113人，病床136张。")))
                .isEmpty();
        assertThat(stated(read("海口市人民医院成立时间为1951年，开放床位1500张。")))
                .extracting(IndicatorFact::code)
                .containsExactly("beds_open");
    }

    @Test
    void figuresOfABuildingProjectAreNotTheHospitals() {
        assertThat(stated(read("会宁县人民医院新建项目占地192亩，规划设置床位1000张。"))).isEmpty();
        assertThat(stated(read("在一期工程中，会宁县人民医院新建了门诊医技住院楼、传染科楼，总建筑面积达100820平方米。")))
                .isEmpty();
    }

    // pilots

    @Test
    void theCountyHospitalCapacityProgrammeInItsStages() {
        ExtractionResult r = read("于都县人民医院于2015年1月被列为“全面提升县级医院综合能力第一阶段500家县医院”之一。"
                + "2019年6月，于都县人民医院再次被国家卫健委认定为“全面提升县级医院综合能力第二阶段500家县医院”之一。");
        assertThat(r.pilots())
                .extracting(PilotFact::hospital, PilotFact::year, PilotFact::category)
                .containsExactlyInAnyOrder(tuple("于都县人民医院", 2015, "other"), tuple("于都县人民医院", 2019, "other"));
    }

    @Test
    void theProgrammesPlanIsNoDesignation() {
        assertThat(read("高邑县医院认真学习《“千县工程”县医院综合能力提升工作方案(2021—2025年)》，明确了“千县工程”县医院的任务。")
                        .pilots())
                .isEmpty();
    }

    @Test
    void aDesignationStatedInTheHeadlineAndAgainInTheBodyIsOneFact() {
        ExtractionResult r =
                read("我院入选全国首批500家全面提升综合能力建设县级医院\n" + "近日，安徽省18家县级医院入选，桐城市人民医院榜上有名，为全国首批500家提升综合能力建设县级医院。");
        assertThat(r.pilots())
                .singleElement()
                .satisfies(p -> assertThat(p.hospital()).isEqualTo("桐城市人民医院"));
    }

    @Test
    void designationsOfDifferentStagesStayApart() {
        PilotFact first = new PilotFact("于都县人民医院", null, "全面提升县级医院综合能力第一阶段500家县医院", "national", "other", null, 0.9);
        PilotFact second = new PilotFact("于都县人民医院", null, "全面提升县级医院综合能力第二阶段500家县医院", "national", "other", null, 0.9);
        assertThat(PilotRestatements.restates(first, second)).isFalse();
        assertThat(PilotRestatements.merged(List.of(first, second))).hasSize(2);
    }

    @Test
    void oneDesignationAtEachLevelTheListNames() {
        ExtractionResult r = read("沧州市传染病医院已成为国家、省、市三级“建立健全现代医院管理制度试点医院”。");
        assertThat(r.pilots())
                .extracting(PilotFact::level)
                .containsExactlyInAnyOrder("national", "provincial", "municipal");
    }

    @Test
    void aDemonstrationSiteTheHospitalWasAwarded() {
        assertThat(read("晋江市医院先后获评省级公立医院高质量发展示范点。").pilots())
                .extracting(PilotFact::category, PilotFact::level)
                .containsExactly(tuple("high_quality_demo", "provincial"));
    }

    // paragraphs

    @Test
    void aLineWithoutItsStopEndsWhereTheNextOpensOnTheHospital() {
        String open = "苏州市第九人民医院是苏州南部集医疗、教学、科研、预防、保健于一体的三级乙等综合医院，是全国综合医院中医药工作示范单位\n" + "医院占地235亩，实际开放床位1547张。";
        assertThat(new TextSegmenter(open).paragraphs()).hasSize(2);
        assertThat(stated(read(open)))
                .extracting(IndicatorFact::hospital, IndicatorFact::code)
                .contains(tuple("苏州市第九人民医院", "beds_open"), tuple("苏州市第九人民医院", "land_area"));
        String broken = "长沙市第一人民医院是湖南省首批三级甲等综合医院，近年来与浏阳市第一人民\n医院组建了紧密型医联体。";
        assertThat(new TextSegmenter(broken).paragraphs()).hasSize(1);
    }
}
