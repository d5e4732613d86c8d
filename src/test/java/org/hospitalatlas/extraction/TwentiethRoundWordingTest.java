package org.hospitalatlas.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hospitalatlas.extraction.WordingFixtures.memberships;
import static org.hospitalatlas.extraction.WordingFixtures.mentioned;
import static org.hospitalatlas.extraction.WordingFixtures.read;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Families the twentieth round fixed (from the development texts' failures), each pinned on a sentence written for
 * the test. How well they work is measured on real texts only (eval/).
 */
class TwentiethRoundWordingTest {

    // names

    @Test
    void aKindOfHospitalOfARegionAtTheHeadOfAnAllianceOrForumNameIsNoHospital() {
        String text =
                "“华中妇幼医院发展论坛”在武汉举行。2020年，由武汉市妇幼保健院、长沙市妇幼保健院共同发起的“华中妇幼医院发展联盟”成立。" + "“华中妇幼医院发展联盟”自成立以来，组建了多个专业委员会。";
        assertThat(mentioned(text)).doesNotContain("华中妇幼医院").contains("武汉市妇幼保健院", "长沙市妇幼保健院");
        ExtractionResult r = read(text);
        assertThat(r.hospitals()).extracting(HospitalFact::name).doesNotContain("华中妇幼医院");
        assertThat(memberships(r)).containsExactlyInAnyOrder(List.of("null", "武汉市妇幼保健院"), List.of("null", "长沙市妇幼保健院"));
    }

    @Test
    void anAutonomousCountyWrittenWithItsShortNameAnd自治县NamesItsHospital() {
        assertThat(mentioned("医院派出骨干分别前往双江自治县中医医院、耿马县中医医院开展对口帮扶。")).containsExactly("双江自治县中医医院", "耿马县中医医院");
    }

    @Test
    void aHospitalNamedOnlyInsideItsGroupsNameStillLeadsIt() {
        // it opens with its place: a hospital, not a kind of one
        assertThat(mentioned("醴陵市第二人民医院整体并入醴陵市中医院医疗集团。")).contains("醴陵市中医院医疗集团");
        assertThat(mentioned("“株洲市中心医院专科联盟”成立，成员单位包括攸县人民医院。")).contains("株洲市中心医院");
        // one named by itself elsewhere stays, though it opens with no place
        assertThat(mentioned("协和医院开放床位5000张。协和医院专科联盟成立。")).contains("协和医院");
        // a hospital's own short name, no kind of a region, stays inside its consortium's name
        assertThat(mentioned("同仁医院专科联盟成立，成员单位包括密云区医院。")).contains("同仁医院");
    }

    @Test
    void aRoleInAGroupIsNoHospitalsName() {
        for (String role : List.of("核心成员", "核心", "龙头", "骨干", "输出", "受援")) {
            // written twice, as a recurring short name would be
            assertThat(mentioned("大庆油田总医院是总医院集团的" + role + "医院。医院现有员工1565人。大庆油田总医院作为集团的" + role + "医院，发挥技术优势。"))
                    .as(role)
                    .containsOnly("大庆油田总医院");
        }
    }

    // consortia

    @Test
    void theChairUnitsNamedAfterTheAllianceCoLeadIt() {
        ExtractionResult r = read("国家妇产疾病专科联盟成立，其主任单位为北京大学第一医院、复旦大学附属妇产科医院、四川大学华西第二医院，首批成员单位来自全国各地。");
        assertThat(memberships(r))
                .containsExactly(
                        List.of("null", "北京大学第一医院"), List.of("null", "复旦大学附属妇产科医院"), List.of("null", "四川大学华西第二医院"));
    }

    @Test
    void theHospitalsAnAllianceIsLedByAsItsMainstayCoLeadIt() {
        // one hospital that leads a network leads its members; a study one leads is no consortium
        assertThat(memberships(read("北京协和医院主导的全国罕见病诊疗协作网成立，成员单位包括广东省人民医院。")))
                .containsExactly(List.of("北京协和医院", "广东省人民医院"));
        assertThat(memberships(read("由北京协和医院主导，广东省人民医院、四川大学华西医院参与的罕见病研究正式启动。"))).isEmpty();
        assertThat(memberships(read("联盟将以北京大学第一医院、复旦大学附属妇产科医院、四川大学华西第二医院为主导，在全国范围内成立专家委员会。")))
                .containsExactly(
                        List.of("null", "北京大学第一医院"), List.of("null", "复旦大学附属妇产科医院"), List.of("null", "四川大学华西第二医院"));
    }

    @Test
    void hospitalsSigningAnAlliancesCharterFoundItTogether() {
        assertThat(memberships(read("洛阳市中医院、晋城市中医医院、商洛市中医医院相关负责人共同签署了三省中医发展联盟章程同意书。")))
                .containsExactly(List.of("null", "洛阳市中医院"), List.of("null", "晋城市中医医院"), List.of("null", "商洛市中医医院"));
        // three or more sign its agreement
        assertThat(memberships(read("洛阳市中医院、晋城市中医医院、商洛市中医医院共同签署了三省中医发展联盟协议。")))
                .hasSize(3)
                .allMatch(p -> p.get(0).equals("null"));
        // two that sign an alliance's agreement are no founders by that alone
        assertThat(memberships(read("洛阳市中医院、晋城市中医医院共同签署了三省中医发展联盟协议。"))).isEmpty();
        // members signing the charter of an alliance led by a hospital named before are its members
        assertThat(memberships(read("由山东省立医院牵头的山东省心血管专科联盟成立。青岛市市立医院、烟台毓璜顶医院、潍坊市人民医院等30家成员单位代表共同签署了联盟章程。")))
                .containsExactly(
                        List.of("山东省立医院", "青岛市市立医院"), List.of("山东省立医院", "烟台毓璜顶医院"), List.of("山东省立医院", "潍坊市人民医院"));
    }

    @Test
    void theViceChairUnitsNamedAfterTheChairAreItsMembers() {
        assertThat(memberships(read("湘江心血管专科联盟的理事长单位为中南大学湘雅二医院，副理事长单位为株洲市中心医院、湘潭市中心医院。")))
                .containsExactly(List.of("中南大学湘雅二医院", "株洲市中心医院"), List.of("中南大学湘雅二医院", "湘潭市中心医院"));
        // a vice-chair unit with no chair named before it is no member of anyone's
        assertThat(memberships(read("副理事长单位为株洲市中心医院、湘潭市中心医院。"))).isEmpty();
    }

    // pilots

    @Test
    void theHospitalAnOpeningReformPilotIsAttributedToIsThePilot() {
        assertThat(read("2015年，作为全省公立医院综合改革试点的赤壁市中医医院，全面取消药品加成。").pilots())
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.hospital()).isEqualTo("赤壁市中医医院");
                    assertThat(p.year()).isEqualTo(2015);
                    assertThat(p.category()).isEqualTo("comprehensive_reform");
                });
        // a place's designation is no hospital's
        assertThat(read("作为全国公立医院改革试点城市的赤壁市，赤壁市中医医院率先取消药品加成。").pilots()).isEmpty();
    }

    @Test
    void aHospitalAwardedAPilotsTitleIsThePilot() {
        assertThat(read("2019年，旌阳区人民医院被授予省级医养结合试点单位称号。").pilots())
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.hospital()).isEqualTo("旌阳区人民医院");
                    assertThat(p.year()).isEqualTo(2019);
                });
        // an honour that names no pilot is none
        assertThat(read("2019年，旌阳区人民医院被授予省级文明单位称号。").pilots()).isEmpty();
    }

    // indicators

    private static List<String> codes(String text) {
        return read(text).indicators().stream().map(IndicatorFact::code).toList();
    }

    @Test
    void aDepartmentsOrOneCancersFigureIsNotItsHospitals() {
        assertThat(codes("南通市妇幼保健院2014年儿科年门诊量15万人次。")).isEmpty();
        assertThat(codes("南通市妇幼保健院2014年心内科年出院患者3000余人次。")).isEmpty();
        assertThat(codes("南通市妇幼保健院2014年肠癌手术量4668例。")).isEmpty();
        assertThat(codes("南通市妇幼保健院2014年肿瘤病区开放床位80张。")).isEmpty();
        assertThat(codes("南通市第一人民医院神经外科年手术量3000余台。")).isEmpty();
        assertThat(codes("南通市第一人民医院儿科2020年门诊量15万人次。")).isEmpty();
        // the emergency department's count is the hospital's
        assertThat(codes("南通市第一人民医院急诊科年急诊量12万人次。")).containsExactly("emergency_visits");
        // the hospital's own figures, and 外科's operations, which are often all the hospital's
        assertThat(codes("南通市妇幼保健院2014年门诊量150万人次，出院患者3万人次。")).containsExactly("outpatient_visits", "discharges");
        assertThat(codes("南通市妇幼保健院2014年外科手术量5000余台。")).containsExactly("inpatient_surgeries");
        assertThat(codes("南通市妇幼保健院2014年专科门诊量15万人次。")).containsExactly("outpatient_visits");
    }

    @Test
    void aDepartmentItsSentenceSpeaksOfOwnsTheBedsAfterIt() {
        assertThat(codes("南通市妇幼保健院针灸科是省重点中医专科，2014年拥有床位100余张。")).isEmpty();
        // a hospital known for a department is still the one its beds are counted for
        assertThat(codes("南通市第一人民医院是一所以骨科为特色的综合性医疗机构，开放床位1500张。")).containsExactly("beds_open");
        // until the sentence comes back to the hospital
        assertThat(codes("南通市妇幼保健院针灸科是省重点中医专科，2014年医院拥有床位1000余张。")).containsExactly("beds_open");
        // a department has no key specialties of its own: the count is its hospital's
        assertThat(codes("十堰市太和医院针灸科为国家级重点专科，有41个省级重点专科。")).containsExactly("provincial_key_specialties");
    }

    @Test
    void theHospitalATextsHospitalGrewOutOfIsNoSubjectOfItsFigures() {
        ExtractionResult r = read("林芝市藏医院正式成立于1985年。从最初的林芝市人民医院藏医科发展成为如今的综合性民族医院。目前全院共有职工240余名。");
        assertThat(r.indicators()).singleElement().satisfies(i -> {
            assertThat(i.hospital()).isEqualTo("林芝市藏医院");
            assertThat(i.code()).isEqualTo("staff_total");
        });
        // named again as a subject, it has its own figures
        assertThat(read("林芝市藏医院成立于1985年。由最初的林芝市人民医院派驻专家坐诊，林芝市人民医院目前共有职工1000余名。").indicators())
                .extracting(IndicatorFact::hospital)
                .containsExactly("林芝市人民医院");
        // 由最初的A that does not grow into another: A is still the hospital the text is about
        assertThat(read("林芝市人民医院是林芝市规模最大的医院。2010年，由最初的林芝市人民医院牵头组建医联体。目前全院开放床位500张。")
                        .indicators())
                .extracting(IndicatorFact::hospital)
                .containsExactly("林芝市人民医院");
    }

    @Test
    void theSumOfSeveralHospitalsIsNoOnesFigure() {
        assertThat(codes("北京世纪坛医院牵头对口帮扶承德市。2022年上半年，12家医院共派出专家47人次，开展新技术项目36项，门诊接诊患者10258人次。"))
                .isEmpty();
        // one hospital named after the sum has its own
        assertThat(codes("北京世纪坛医院牵头对口帮扶承德市。2022年上半年，12家医院共派出专家47人次，其中北京世纪坛医院门诊接诊患者1000人次。"))
                .containsExactly("outpatient_visits");
        // partners it builds something with are no sum
        assertThat(codes("南通市第一人民医院与5家医疗机构共建专科联盟，年门诊量150万人次，出院患者5万人次。"))
                .containsExactly("outpatient_visits", "discharges");
        assertThat(codes("南通市第一人民医院2022年与12家乡镇卫生院共同组建医共体，门诊量150万人次。")).contains("outpatient_visits");
    }
}
