package org.hospitalatlas.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;
import org.hospitalatlas.hospital.HospitalLabels;
import org.hospitalatlas.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * The repository fragments' filters on the real database: which facts count, which figure is chosen, the province
 * prefix (escaped, so that {@code %} matches itself). A small fixture in provinces of its own, rolled back after each
 * test.
 */
@IntegrationTest
@Transactional
class IndicatorValueRepositoryIT {

    static final String PLAIN = "片段省";
    static final String PERCENT = "片段%省";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IndicatorValueRepository values;

    @Autowired
    MetricCatalogue metrics;

    long first;
    long second;

    @BeforeEach
    void fixture() {
        first = hospital("frag-first", PLAIN);
        second = hospital("frag-second", PERCENT);
        long older = document("frag-older", "2021-01-01", "a");
        long newer = document("frag-newer", "2022-01-01", "b");
        value(first, 2021, "100", older, "0.9", "extracted", false);
        value(first, 2021, "120", newer, "0.8", "extracted", false); // newer publication: chosen
        value(first, 2022, "130", older, "0.9", "rejected", false);
        value(first, 2023, "999", older, "0.9", "extracted", true);
        value(second, 2021, "200", older, "0.5", "extracted", false);
        value(second, 2020, "180", older, "0.9", "confirmed", false);
    }

    @Test
    void chosenFiguresLeaveOutTargetsRejectedAndLessConfidentOnesAndPreferTheNewestPublication() {
        MetricValues.Scope scope = MetricValues.Scope.levels(beds(), null, List.of(first, second));
        assertThat(values.chosenValues(scope))
                .extracting(
                        MetricValue::hospitalId,
                        MetricValue::year,
                        v -> v.value().toPlainString())
                .containsExactly(tuple(first, 2021, "120"), tuple(second, 2020, "180"), tuple(second, 2021, "200"));
        assertThat(values.chosenValues(scope.atLeast(new BigDecimal("0.6"))))
                .extracting(MetricValue::hospitalId, MetricValue::year)
                .containsExactly(tuple(first, 2021), tuple(second, 2020));
        assertThat(values.chosenValues(scope.reviewedOnly(true)))
                .extracting(MetricValue::hospitalId, MetricValue::year)
                .containsExactly(tuple(second, 2020));
        assertThat(values.latestValues(scope))
                .extracting(MetricValue::hospitalId, MetricValue::year)
                .containsExactly(tuple(first, 2021), tuple(second, 2021));
    }

    @Test
    void askedHospitalsComeWithTheirFiguresInOneStatementAndUnknownSlugsAreLeftOut() {
        MetricReads.AskedFigures read = values.chosenValuesOfAsked(
                MetricValues.Scope.levels(beds(), 2021, null), List.of("frag-second", "frag-unknown", "frag-first"));
        assertThat(read.hospitals())
                .extracting(
                        HospitalLabels.Resolved::id,
                        h -> h.label().slug(),
                        h -> h.label().province())
                .containsExactlyInAnyOrder(tuple(first, "frag-first", PLAIN), tuple(second, "frag-second", PERCENT));
        assertThat(read.values())
                .extracting(
                        f -> f.value().hospitalId(),
                        f -> f.value().value().toPlainString(),
                        f -> f.inputFigures().size())
                .containsExactlyInAnyOrder(tuple(first, "120", 2), tuple(second, "200", 1));

        MetricReads.AskedFigures latest = values.latestValuesOfAsked(
                MetricValues.Scope.levels(beds(), null, null).reviewedOnly(true), List.of("frag-first", "frag-second"));
        assertThat(latest.hospitals()).hasSize(2);
        assertThat(latest.values())
                .extracting(f -> f.value().hospitalId(), f -> f.value().year())
                .containsExactly(tuple(second, 2020));
    }

    @Test
    void theComparesOnePassChoosesAndListsTheFiguresTheGeneralReadDoes() {
        List<String> slugs = List.of("frag-second", "frag-first");
        MetricValues.Scope everyYear = MetricValues.Scope.levels(beds(), null, List.of(first, second));
        for (MetricValues.Scope scope : List.of(
                everyYear,
                everyYear.atLeast(new BigDecimal("0.85")),
                everyYear.reviewedOnly(true),
                MetricValues.Scope.levels(beds(), 2021, List.of(first, second)))) {
            assertThat(values.chosenValuesOfAsked(scope, slugs).values())
                    .as("chosen figures and the figures beside them, %s", scope)
                    .isNotEmpty()
                    .containsExactlyElementsOf(values.chosenValuesWithFigures(scope));
            assertThat(values.latestValuesOfAsked(scope, slugs).values())
                    .as("latest figures and the figures beside them, %s", scope)
                    .containsExactlyElementsOf(values.latestValuesWithFigures(scope));
        }
    }

    @Test
    void theFiguresOfHospitalsByIdAreThoseOfTheReadBySlug() {
        jdbc.sql("""
                        insert into indicator_value (hospital_id, indicator_code, year, kind, value, qualifier, is_target,
                                                     document_id, char_start, char_end, quote, confidence, review_state)
                        select hospital_id, 'revenue', year, kind, value * 1000, qualifier, is_target, document_id,
                               char_start, char_end, quote, confidence, review_state
                        from indicator_value where hospital_id in (:first, :second)
                        """).param("first", first).param("second", second).update();
        List<String> slugs = List.of("frag-second", "frag-first");
        List<Long> ids = List.of(second, first);
        for (List<IndicatorInfo> indicators : List.of(
                beds(),
                metrics.requireAll(List.of("revenue_per_bed")),
                metrics.requireAll(List.of("beds_open", "revenue", "revenue_per_bed")))) {
            MetricValues.Scope everyYear = MetricValues.Scope.levels(indicators, null, null);
            for (MetricValues.Scope scope : List.of(
                    everyYear,
                    everyYear.atLeast(new BigDecimal("0.85")),
                    everyYear.reviewedOnly(true),
                    MetricValues.Scope.levels(indicators, 2021, null))) {
                assertThat(values.chosenValuesOfHospitals(scope, ids))
                        .as("chosen figures and the figures beside them, %s", scope)
                        .isNotEmpty()
                        .containsExactlyElementsOf(
                                values.chosenValuesOfAsked(scope, slugs).values());
                assertThat(values.latestValuesOfHospitals(scope, ids))
                        .as("latest figures and the figures beside them, %s", scope)
                        .containsExactlyElementsOf(
                                values.latestValuesOfAsked(scope, slugs).values());
            }
        }
    }

    @Test
    void theOtherDocumentsFigureIsListedBesideTheChosenOne() {
        assertThat(values
                        .chosenValuesWithFigures(MetricValues.Scope.levels(beds(), 2021, List.of(first)))
                        .get(0)
                        .inputFigures()
                        .stream()
                        .map(f -> f.value().toPlainString()))
                .containsExactly("120", "100");
    }

    @Test
    void aProvincePrefixIsMatchedLiterally() {
        assertThat(rankedSlugs("片段")).containsExactly("frag-second", "frag-first");
        assertThat(rankedSlugs("片段%")).containsExactly("frag-second");
        assertThat(values.storedCounts(MetricValues.Scope.levels(beds(), null, null), "片段%"))
                .containsExactlyInAnyOrder(
                        new CoverageCount("beds_open", null, 1),
                        new CoverageCount("beds_open", 2020, 1),
                        new CoverageCount("beds_open", 2021, 1));
    }

    @Test
    void coverageCountsHospitalsPerYearAndOverAllYears() {
        assertThat(values.storedCounts(MetricValues.Scope.levels(beds(), null, null), "片段"))
                .containsExactlyInAnyOrder(
                        new CoverageCount("beds_open", null, 2),
                        new CoverageCount("beds_open", 2020, 1),
                        new CoverageCount("beds_open", 2021, 2));
    }

    private List<String> rankedSlugs(String province) {
        MetricValues.Scope scope = MetricValues.Scope.levels(beds(), 2021, null);
        return values
                .rankedPage(new RankingQuery(scope, new PeerFilter(province, null, null), false, true, 0, 10))
                .page()
                .stream()
                .map(ranked -> ranked.hospital().slug())
                .toList();
    }

    private List<IndicatorInfo> beds() {
        return metrics.requireAll(List.of("beds_open"));
    }

    private long hospital(String slug, String province) {
        return jdbc.sql("""
                        insert into hospital (slug, name_zh, province, city, level, category)
                        values (:slug, :slug, :province, '片段市', '三级甲等', '综合') returning id
                        """)
                .param("slug", slug)
                .param("province", province)
                .query(Long.class)
                .single();
    }

    private long document(String slug, String publishedOn, String hashDigit) {
        return jdbc.sql("""
                        insert into source_document (slug, title, publisher, published_on, sha256, body)
                        values (:slug, :slug, '片段', cast(:published as date), :sha256, '开放床位') returning id
                        """)
                .param("slug", slug)
                .param("published", publishedOn)
                .param("sha256", hashDigit.repeat(64))
                .query(Long.class)
                .single();
    }

    private void value(
            long hospital, int year, String value, long document, String confidence, String review, boolean target) {
        jdbc.sql("""
                        insert into indicator_value (hospital_id, indicator_code, year, kind, value, qualifier, is_target,
                                                     document_id, char_start, char_end, quote, confidence, review_state)
                        values (:hospital, 'beds_open', :year, 'level', cast(:value as numeric), 'exact', :target,
                                :document, 0, 4, '开放床位', cast(:confidence as numeric), :review)
                        """)
                .param("hospital", hospital)
                .param("year", year)
                .param("value", value)
                .param("target", target)
                .param("document", document)
                .param("confidence", confidence)
                .param("review", review)
                .update();
    }
}
