package org.hospitalatlas.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HospitalRecognitionTest {

    private final DocumentExtractor extractor = DocumentExtractor.withDefaultResources();

    private List<HospitalFact> hospitals(String text) {
        return extractor.extract(text, DocumentMetadata.none()).hospitals();
    }

    private HospitalFact named(List<HospitalFact> facts, String name) {
        return facts.stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void expandsCityAbbreviationWithDocumentCity() {
        List<HospitalFact> facts = hospitals("绵阳市中心医院牵头组建医疗集团，市妇幼保健院、市中医院为成员单位。");
        assertThat(facts).extracting(HospitalFact::name).contains("绵阳市妇幼保健院", "绵阳市中医院");
        assertThat(named(facts, "绵阳市妇幼保健院").category()).isEqualTo("妇幼");
    }

    @Test
    void mapsOrdinalShortFormToFullName() {
        List<HospitalFact> facts = hospitals("德阳市第二人民医院坚持公益性。德阳市二医院党委书记表示要继续努力。");
        assertThat(facts).singleElement().satisfies(f -> {
            assertThat(f.name()).isEqualTo("德阳市第二人民医院");
            assertThat(f.aliases()).contains("德阳市二医院");
        });
    }

    @Test
    void spellsOutOrdinalShortFormOfAKnownCity() {
        List<HospitalFact> facts = hospitals("金华市中心医院与杭州一院开展专科共建。杭州一院2022年开放床位3000张。");
        assertThat(facts).extracting(HospitalFact::name).contains("杭州市第一人民医院");
    }

    @Test
    void learnsDeclaredAlias() {
        List<HospitalFact> facts = hospitals("柳州市工人医院（以下简称“柳工医”）成立于1937年。柳工医坚持改革。");
        assertThat(named(facts, "柳州市工人医院").aliases()).contains("柳工医");
    }

    @Test
    void readsDivisionsFromTheName() {
        HospitalFact f = hospitals("镇平县人民医院加强党建。").get(0);
        assertThat(f.province()).isEqualTo("河南省");
        assertThat(f.city()).isEqualTo("南阳市");
        assertThat(f.district()).isEqualTo("镇平县");
        assertThat(f.category()).isEqualTo("综合");
    }

    @Test
    void readsLevelFromAGradeHeadingAList() {
        List<HospitalFact> facts = hospitals("城区有三甲医院柳州市人民医院，二甲医院柳州市中医院、柳州市妇幼保健院。");
        assertThat(named(facts, "柳州市人民医院").level()).isEqualTo("三级甲等");
        assertThat(named(facts, "柳州市妇幼保健院").level()).isEqualTo("二级甲等");
    }

    @Test
    void readsLevelCategoryAndFoundingFromADescription() {
        HospitalFact f = hospitals("德阳市旌阳区人民医院始建于1952年，是一所综合性二级甲等医院。").get(0);
        assertThat(f.level()).isEqualTo("二级甲等");
        assertThat(f.category()).isEqualTo("综合");
        assertThat(f.foundedYear()).isEqualTo(1952);
    }

    @Test
    void ignoresGenericHospitalWords() {
        assertThat(hospitals("推进公立医院改革，建设智慧医院和互联网医院，打造三甲医院。")).isEmpty();
    }

    @Test
    void keepsForeignHospitalOutOfChineseDivisions() {
        List<HospitalFact> facts = hospitals("绵阳市中心医院与德国海德堡大学医院开展线上交流。");
        assertThat(facts)
                .filteredOn(f -> f.name().contains("海德堡"))
                .allSatisfy(f -> assertThat(f.province()).isNull());
    }

    @Test
    void marksTheMostMentionedHospitalAsMain() {
        List<HospitalFact> facts = hospitals("遵义医科大学附属医院推进改革。遵义医科大学附属医院与遵义市第一人民医院合作。");
        assertThat(named(facts, "遵义医科大学附属医院").main()).isTrue();
    }
}
