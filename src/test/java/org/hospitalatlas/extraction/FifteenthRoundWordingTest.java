package org.hospitalatlas.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.hospitalatlas.extraction.WordingFixtures.memberships;
import static org.hospitalatlas.extraction.WordingFixtures.mentioned;
import static org.hospitalatlas.extraction.WordingFixtures.read;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Families of wording the fifteenth round fixed (from the development halves of the twenty-fourth and twenty-fifth
 * fresh sets, read only after they were scored), each pinned on a sentence written for the test. Most are about the
 * context a sentence stands in rather than its own wording: a circumstance before the signing, a name fused with the
 * words before it, a name written with fewer places. How well they work is measured on real texts only (eval/).
 */
class FifteenthRoundWordingTest {

    // the context of a signing

    @Test
    void aSupportingCircumstanceBeforeTheSigningIsNoPlan() {
        assertThat(memberships(read("2025年4月22日，在韶关市卫生健康局的大力支持下，广东省人民医院与韶关市第一人民医院在广州签署肿瘤专科医联体合作协议。")))
                .containsExactly(List.of("广东省人民医院", "韶关市第一人民医院"));
        assertThat(memberships(read("在各方支持和指导下，广东省人民医院与韶关市第一人民医院签署医联体合作协议。")))
                .containsExactly(List.of("广东省人民医院", "韶关市第一人民医院"));
        assertThat(memberships(read("2023年，在省卫健委支持指导下，湖南省人民医院与浏阳市人民医院签署医联体协议。")))
                .containsExactly(List.of("湖南省人民医院", "浏阳市人民医院"));
        // support as policy is still a plan, also when 下 follows as part of another word
        assertThat(memberships(read("2025年，支持广东省人民医院与韶关市第一人民医院签署医联体合作协议。"))).isEmpty();
        assertThat(memberships(read("2025年，徐州市卫健委支持下辖的睢宁县人民医院牵头组建睢宁县医共体，吸纳乡镇卫生院加入。")))
                .isEmpty();
    }

    @Test
    void pairsListedOneAfterAnotherSignEachTheirOwnAgreement() {
        ExtractionResult r = read("近日，北京回龙观医院与张家口市沙岭子医院、首都医科大学附属北京口腔医院与张家口市口腔医院分别签署合作协议，正式挂牌成立两家跨区域专科合作医院。");
        assertThat(memberships(r))
                .containsExactlyInAnyOrder(List.of("北京回龙观医院", "张家口市沙岭子医院"), List.of("首都医科大学附属北京口腔医院", "张家口市口腔医院"));
        // without 分别 too
        assertThat(memberships(read("3月8日，徐州市中心医院与睢宁县人民医院、邳州市人民医院与新沂市人民医院签订医联体合作协议。")))
                .containsExactlyInAnyOrder(List.of("徐州市中心医院", "睢宁县人民医院"), List.of("邳州市人民医院", "新沂市人民医院"));
        // one hospital with a list on the other side still leads them all
        assertThat(memberships(read("近日，北京回龙观医院与张家口市沙岭子医院、张家口市第一医院签署医联体协议。")))
                .containsExactlyInAnyOrder(List.of("北京回龙观医院", "张家口市沙岭子医院"), List.of("北京回龙观医院", "张家口市第一医院"));
    }

    @Test
    void aCooperationAgreementBetweenHospitalsOfTwoTiers() {
        assertThat(memberships(read("近日，北京回龙观医院与张家口市沙岭子医院签署合作协议。"))).containsExactly(List.of("北京回龙观医院", "张家口市沙岭子医院"));
        // of one tier, nobody leads
        assertThat(memberships(read("近日，张家口市第一医院与张家口市沙岭子医院签署合作协议。"))).isEmpty();
        // an agreement for research or teaching only is no partnership
        assertThat(memberships(read("浙江大学医学院附属第一医院与宁波市第二医院签署临床研究合作协议，双方将在科研方面开展合作。")))
                .isEmpty();
    }

    @Test
    void aSeatInAnAllianceTheSentenceNamedBefore() {
        ExtractionResult r = read("国家儿童医学中心心血管专科联盟在十堰市太和医院举行揭牌仪式，十堰市太和医院正式成为该联盟成员单位。");
        assertThat(memberships(r)).containsExactly(List.of("null", "十堰市太和医院"));
        assertThat(r.consortia().get(0).name()).isEqualTo("国家儿童医学中心心血管专科联盟");
        assertThat(memberships(read("溧阳市人民医院成为全国急诊联盟常务理事单位。"))).containsExactly(List.of("null", "溧阳市人民医院"));
        // no alliance named before 该, or a consortium of another kind: nothing to join
        assertThat(memberships(read("十堰市太和医院正式成为该联盟成员单位。"))).isEmpty();
        assertThat(memberships(read("郧西县医共体成立当天，十堰市太和医院正式成为该联盟成员单位。"))).isEmpty();
    }

    @Test
    void aHospitalBecomesABranchNamedAfterAnotherAndItsPlace() {
        assertThat(memberships(read("浔阳区人民医院正式成为九江市第一人民医院浔阳院区。"))).containsExactly(List.of("九江市第一人民医院", "浔阳区人民医院"));
        assertThat(memberships(read("开化县人民医院挂牌衢州市人民医院开化分院。"))).containsExactly(List.of("衢州市人民医院", "开化县人民医院"));
        // a department or a title named after the other hospital is no branch
        assertThat(memberships(read("浔阳区人民医院正式成为九江市第一人民医院心血管内科协作单位培训基地。"))).isEmpty();
        assertThat(memberships(read("浔阳区人民医院挂牌九江市第一人民医院教学基地。"))).isEmpty();
    }

    // indicators

    @Test
    void aYearWrittenInChineseNumeralsDigitByDigitDatesTheFigures() {
        ExtractionResult r = read("二0一二年，泾川县人民医院门诊量达到15万人次，开放床位300张。");
        assertThat(r.indicators())
                .extracting(IndicatorFact::code, IndicatorFact::year)
                .containsExactlyInAnyOrder(tuple("outpatient_visits", 2012), tuple("beds_open", 2012));
        assertThat(r.indicators().get(0).evidence().quote()).doesNotContain("2012");
        assertThat(TraditionalCharacters.withArabicYears("一九九八年建院，二〇二三年扩建")).isEqualTo("1998年建院，2023年扩建");
        // not a year of these centuries, or part of a longer numeral: left as written
        assertThat(TraditionalCharacters.withArabicYears("三〇一二年、十二〇一二年、一二三年")).isEqualTo("三〇一二年、十二〇一二年、一二三年");
    }

    // hospital names

    @Test
    void aGovernmentBodyAndAVerbBeforeANameAreNotPartOfIt() {
        assertThat(mentioned("平定县卫体局感谢阳泉市第一人民医院领导及专家的大力支持。")).containsExactly("阳泉市第一人民医院");
        assertThat(mentioned("华阴市卫计局和华阴市人民医院签约。")).containsExactly("华阴市人民医院");
        assertThat(mentioned("我院将协助龙江县人民医院制定医院发展规划。")).containsExactly("龙江县人民医院");
    }

    @Test
    void wordsOfAnnouncingBeforeANameAreNotPartOfIt() {
        assertThat(mentioned("这也标志着古镇人民医院正式加入中山市人民医院医联体。")).containsExactly("古镇人民医院", "中山市人民医院");
        assertThat(mentioned("院长介绍，此次堂邑镇中心卫生院加入医联体。")).containsExactly("堂邑镇中心卫生院");
        assertThat(mentioned("清镇市人民医院之后市人民医院也加入。")).containsExactly("清镇市人民医院", "清镇市人民医院");
    }

    @Test
    void aHospitalOfAPlacesGroupIsNamedByTheGroup() {
        assertThat(mentioned("寿阳县医疗集团人民医院和寿阳县医疗集团第二人民医院揭牌。")).containsExactly("寿阳县医疗集团人民医院", "寿阳县医疗集团第二人民医院");
        ExtractionResult r = read("交城县医疗集团人民医院是一所综合性二级甲等医院，开放床位400张。");
        assertThat(r.indicators())
                .extracting(IndicatorFact::hospital, IndicatorFact::code)
                .containsExactly(tuple("交城县医疗集团人民医院", "beds_open"));
        // a group named after its lead hospital keeps its name; what follows is another name
        assertThat(mentioned("郴州市第一人民医院医疗集团人民医院")).containsExactly("郴州市第一人民医院医疗集团");
    }

    @Test
    void aCountysOrBannersNameWrittenInFullBeforeYiyuan() {
        assertThat(mentioned("杭锦后旗医院与达拉特旗医院签约。")).containsExactly("杭锦后旗医院", "达拉特旗医院");
        // the name goes on when the text gives more (乌拉特后旗人民医院), and a prefecture's name and 医院 are not read so
        assertThat(mentioned("乌拉特后旗人民医院与杭锦后旗医院签约。")).containsExactly("乌拉特后旗人民医院", "杭锦后旗医院");
        assertThat(mentioned("巴彦淖尔市医院管理中心召开会议。")).isEmpty();
    }

    @Test
    void aNameWrittenWithFewerOfItsPlacesIsTheOneWrittenWithMore() {
        assertThat(read("徐州翠屏山社区卫生服务中心与徐州市第七人民医院签约医联体\n徐州市云龙区翠屏山社区卫生服务中心大厅内气氛热烈。").hospitals().stream()
                        .map(HospitalFact::name))
                .doesNotContain("徐州翠屏山社区卫生服务中心");
        assertThat(mentioned("徐州翠屏山社区卫生服务中心签约。徐州市云龙区翠屏山社区卫生服务中心签约。")).containsOnly("徐州市云龙区翠屏山社区卫生服务中心");
        // hospitals are not merged so: a city's and a district's stay two
        assertThat(mentioned("近日，徐州市铜山区妇产医院与江苏省人民医院签署协议。此前，徐州妇产医院已与南京市妇幼保健院合作。"))
                .containsExactly("徐州市铜山区妇产医院", "江苏省人民医院", "徐州妇产医院", "南京市妇幼保健院");
        assertThat(mentioned("徐州人民医院和徐州市云龙区人民医院。")).containsExactly("徐州人民医院", "徐州市云龙区人民医院");
    }
}
