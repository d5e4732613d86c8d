package org.hospitalatlas.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hospitalatlas.extraction.GoldScorer.Counts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/** The score.py port on small invented gold/prediction pairs: they test the scorer, not the extractor. */
class GoldScorerTest {

    private record Case(String gold, String prediction) {}

    private static final Map<String, Case> CASES = new LinkedHashMap<>();

    private static final Case ALIASES = add("aliases", new Case("""
            {"doc": "a.txt", "hospitals": [
              {"name": "云梦县人民医院", "aliases": ["县人民医院"]}, {"name": "孝感市中心医院", "aliases": []}]}""", """
            {"hospitals": [{"name": "县人民医院", "aliases": []},
              {"name": "孝感中心医院", "aliases": ["孝感市中心医院"]}, {"name": "云梦县卫生健康局", "aliases": []}]}"""));

    private static final Case NORMALISED_NAMES = add("normalised-names", new Case("""
            {"doc": "a.txt", "hospitals": [{"name": "北京大学第三医院（北医三院）", "aliases": []}]}""", """
            {"hospitals": [{"name": "北京大学第三医院 (北医三院)", "aliases": []}]}"""));

    private static final Case INDICATORS = add("indicators", new Case("""
            {"doc": "a.txt", "hospitals": [{"name": "甲市人民医院", "aliases": ["甲医"]}], "indicators": [
              {"hospital": "甲市人民医院", "code": "beds_open", "year": 2021, "kind": "level", "value": 1000},
              {"hospital": "甲市人民医院", "code": "discharges", "year": null, "kind": "level", "value": 52000},
              {"hospital": "甲市人民医院", "code": "revenue", "year": 2021, "kind": "yoy_change_pct", "value": 12.5}]}""", """
            {"hospitals": [{"name": "甲市人民医院", "aliases": []}], "indicators": [
              {"hospital": "甲医", "code": "beds_open", "year": 2021, "kind": "level", "value": 1004},
              {"hospital": "甲市人民医院", "code": "discharges", "year": 2019, "kind": "level", "value": 52000},
              {"hospital": "甲市人民医院", "code": "revenue", "year": 2021, "kind": "level", "value": 12.5},
              {"hospital": "甲市人民医院", "code": "beds_open", "year": 2021, "kind": "level", "value": 1000},
              {"hospital": "甲市人民医院", "code": "beds_open", "year": 2025, "value": 2000, "target": true},
              {"hospital": "甲市人民医院", "code": "parking_spaces", "year": 2021, "value": 300}]}"""));

    private static final Case AMBIGUOUS = add("ambiguous", new Case("""
            {"doc": "a.txt", "hospitals": [{"name": "甲市人民医院", "aliases": []}], "indicators": [], "ambiguous": [
              {"quote": "床位约1200张", "reason": "plan or status", "candidate": {"code": "beds_open", "value": 1200}},
              {"quote": "年门诊量超过80万人次", "reason": "no year"}]}""", """
            {"hospitals": [{"name": "甲市人民医院", "aliases": []}], "indicators": [
              {"hospital": "甲市人民医院", "code": "beds_open", "year": 2021, "kind": "level", "value": 1200,
               "quote": "开放床位1200张"},
              {"hospital": "甲市人民医院", "code": "outpatient_visits", "year": 2021, "kind": "level", "value": 800000,
               "quote": "门诊量超过80万人次"},
              {"hospital": "甲市人民医院", "code": "beds_authorized", "year": 2021, "kind": "level", "value": 1200,
               "quote": "床位约1200张"}]}"""));

    private static final Case PILOTS = add("pilots", new Case("""
            {"doc": "a.txt", "hospitals": [{"name": "甲市人民医院", "aliases": []}, {"name": "乙县医院", "aliases": []}],
             "pilots": [
              {"hospital": "甲市人民医院", "year": 2019, "name": "公立医院薪酬制度改革试点", "category": "salary_reform"},
              {"hospital": "乙县医院", "year": null, "name": "DRG付费国家试点", "category": "drg_dip_payment"}]}""", """
            {"hospitals": [], "pilots": [
              {"hospital": "甲市人民医院", "year": 2019, "name": "薪酬改革", "category": "salary_reform"},
              {"hospital": "乙县医院", "year": 2017, "name": "DRG付费国家试点城市", "category": "other"},
              {"hospital": "甲市人民医院", "year": 2020, "name": "公立医院薪酬制度改革试点", "category": "salary_reform"}]}"""));

    private static final Case MEMBERSHIPS = add("memberships", new Case("""
            {"doc": "a.txt", "hospitals": [{"name": "甲市人民医院", "aliases": []}], "consortia": [
              {"lead": "甲市人民医院", "members": ["南环社区卫生服务中心", "水月寺社区卫生服务中心"]}]}""", """
            {"hospitals": [], "consortia": [{"lead": "甲市人民医院", "members": [
              {"hospital": "南环社区卫生服务中心", "role": "member"}, {"hospital": "甲市人民医院", "role": "lead"},
              {"hospital": "丙镇卫生院", "role": "member"}]}]}"""));

    private static final Case NO_LEAD = add("no-lead", new Case("""
            {"doc": "a.txt", "hospitals": [{"name": "乙县医院", "aliases": []}], "consortia": [
              {"lead": null, "members": ["乙县医院"]}]}""", """
            {"hospitals": [], "consortia": [{"lead": "某大学", "members": [{"hospital": "乙县医院"}]}]}"""));

    private static final Case NOTHING_PREDICTED = add("nothing-predicted", new Case("""
            {"doc": "a.txt", "hospitals": [{"name": "乙县医院", "aliases": []}], "indicators": [], "pilots": [],
             "consortia": []}""", "{}"));

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final GoldScorer scorer = scorer();

    @Test
    void hospitalsResolveGoldAliasesAndThePredictorsOwnAliases() {
        assertThat(score(ALIASES).get("hospitals")).isEqualTo(new Counts(2, 3, 2));
    }

    @Test
    void namesAreComparedAfterNfkcWithoutSpacesAndBrackets() {
        assertThat(score(NORMALISED_NAMES).get("hospitals")).isEqualTo(new Counts(1, 1, 1));
        assertThat(GoldScorer.norm("北京大学 第三医院（北医三院）·“本部”")).isEqualTo("北京大学第三医院北医三院本部");
    }

    @Test
    void indicatorsMatchOnceByHospitalCodeKindYearAndValueWithinHalfAPercent() {
        // 1004 ≈ 1000 under an alias; a null gold year takes any year; a wrong kind or a reused gold fact misses;
        // targets and codes outside indicator-codes.md are not counted at all
        assertThat(score(INDICATORS).get("indicators")).isEqualTo(new Counts(2, 4, 3));
    }

    @Test
    void ambiguousReadingsNeitherScoreNorCost() {
        // the stated candidate excuses beds_open 1200 only; the candidate-less quote excuses what overlaps it
        assertThat(score(AMBIGUOUS).get("indicators")).isEqualTo(new Counts(0, 1, 0));
    }

    @Test
    void pilotsMatchOnHospitalYearAndCategoryOrASimilarName() {
        assertThat(score(PILOTS).get("pilots")).isEqualTo(new Counts(2, 3, 2));
        assertThat(GoldScorer.similarity("DRG付费国家试点", "DRG付费国家试点城市")).isEqualTo(9.0 / 11);
    }

    @Test
    void membershipsAreLeadMemberPairsWithoutTheLeadItself() {
        assertThat(score(MEMBERSHIPS).get("memberships")).isEqualTo(new Counts(1, 2, 2));
    }

    @Test
    void aMemberOfAnAllianceWithNoLeadCountsUnderAnyLead() {
        assertThat(score(NO_LEAD).get("memberships")).isEqualTo(new Counts(1, 1, 1));
    }

    @Test
    void nothingPredictedIsPrecisionZeroUnlessNothingWasToBeFound() {
        Map<String, Counts> counts = score(NOTHING_PREDICTED);
        assertThat(counts.get("hospitals")).isEqualTo(new Counts(0, 0, 1));
        assertThat(counts.get("hospitals").precision()).isZero();
        assertThat(counts.get("pilots").precision()).isEqualTo(1.0);
        assertThat(counts.get("pilots").recall()).isEqualTo(1.0);
    }

    @Test
    void reportsInScorePysFormatRoundingHalfEven() {
        Map<String, Map<String, Counts>> documents = new LinkedHashMap<>();
        documents.put("a.json", Map.of("pilots", new Counts(1, 16, 2)));
        assertThat(ScoreReport.lines(documents))
                .isEqualTo("a.json pilots=1/16/2\npilots P=0.062 R=0.500 F1=0.111 (tp=1 pred=16 gold=2)\n");
    }

    @Test
    void countsWhatScorePyCountsOnEveryCase(@TempDir Path folder) throws IOException, InterruptedException {
        assumeTrue(ScorePy.available(), "python3 is not on the PATH: the comparison with score.py is skipped");
        Map<String, String> gold = new LinkedHashMap<>();
        Map<String, String> predictions = new LinkedHashMap<>();
        Map<String, Map<String, Counts>> java = new LinkedHashMap<>();
        CASES.forEach((name, c) -> {
            gold.put(name + ".json", c.gold());
            predictions.put(name + ".json", c.prediction().replace("\n", " "));
            java.put(name + ".json", score(c));
        });

        assertThat(ScorePy.score(folder, gold, predictions)).isEqualTo(java);
    }

    private Map<String, Counts> score(Case c) {
        return scorer.score(JSON.readTree(c.gold()), JSON.readTree(c.prediction()));
    }

    private static Case add(String name, Case c) {
        CASES.put(name, c);
        return c;
    }

    private static GoldScorer scorer() {
        try {
            return GoldScorer.withCodesFrom(Path.of("eval/indicator-codes.md"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
