package org.hospitalatlas.hospital;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import org.hospitalatlas.support.RepositorySlice;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The hospital list's hand-written SQL ({@link HospitalReadsImpl}) in a slice of its own: four hospitals of a province
 * of their own, 检索省, named with a leading Latin letter so that their order is the same in every collation, two of
 * them holding {@code like}'s wildcards in their names; written in the test's transaction and rolled back after it.
 */
@RepositorySlice
@Import(HospitalReadsImpl.class)
class HospitalReadsSliceIT {

    private static final String PROVINCE = "检索省";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    HospitalReads reads;

    @BeforeEach
    void fixture() {
        jdbc.sql("""
                        insert into hospital (slug, name_zh, name_en, province, city, level, category, updated_at)
                        values ('find-a', 'A检索综合医院', 'Alpha General Hospital', '检索省', 'B检索市', '三级甲等', '综合',
                                timestamptz '2020-01-01 00:00+00'),
                               ('find-b', 'B检索中医院', null, '检索省', 'A检索市', '二级甲等', '中医',
                                timestamptz '2020-01-01 00:00+00'),
                               ('find-c', 'C检索100%医院', null, '检索省', null, '三级甲等', '综合', now()),
                               ('find-d', 'D检索_号医院', null, '检索省', null, null, null, now())
                        """).update();
        jdbc.sql("""
                        insert into hospital_alias (hospital_id, alias)
                        select id, '检索别名医院' from hospital where slug = 'find-b'
                        """).update();
    }

    @Test
    void aProvinceMatchesByItsFullOrShortNameAsAPrefix() {
        assertThat(slugs(search(PROVINCE, null, null))).containsExactly("find-a", "find-b", "find-c", "find-d");
        assertThat(slugs(search("检索", null, null))).containsExactly("find-a", "find-b", "find-c", "find-d");
        assertThat(search("索省", null, null).total())
                .as("a prefix, not a substring")
                .isZero();
    }

    @Test
    void theListIsPagedWithTheTotalOfEveryMatch() {
        HospitalPage second =
                reads.search(new HospitalSearch(PROVINCE, null, null, null, null, null, HospitalSort.NAME, 1, 3));

        assertThat(second.total()).isEqualTo(4);
        assertThat(slugs(second)).containsExactly("find-d");

        HospitalPage beyond =
                reads.search(new HospitalSearch(PROVINCE, null, null, null, null, null, HospitalSort.NAME, 2, 3));
        assertThat(beyond.total()).isEqualTo(4);
        assertThat(beyond.items()).isEmpty();
    }

    @Test
    void aNameMatchesTheOfficialNameAnAliasOrTheEnglishNameWhateverItsCase() {
        assertThat(slugs(search(PROVINCE, null, "综合"))).containsExactly("find-a");
        assertThat(slugs(search(PROVINCE, null, "别名"))).containsExactly("find-b");
        assertThat(slugs(search(PROVINCE, null, "GENERAL hosp"))).containsExactly("find-a");
    }

    @Test
    void aNamesPercentAndUnderscoreMatchOnlyThemselves() {
        // unescaped, % would match every name and _ any one character
        assertThat(slugs(search(PROVINCE, null, "%"))).containsExactly("find-c");
        assertThat(slugs(search(PROVINCE, null, "100%医"))).containsExactly("find-c");
        assertThat(slugs(search(PROVINCE, null, "_"))).containsExactly("find-d");
        assertThat(search(PROVINCE, null, "检索_医").total()).isZero();
    }

    @Test
    void cityLevelAndCategoryNarrowTheList() {
        assertThat(slugs(search(PROVINCE, "A检索", null))).containsExactly("find-b");
        assertThat(slugs(search(PROVINCE, "_检索", null))).isEmpty();
        assertThat(slugs(reads.search(
                        new HospitalSearch(PROVINCE, null, "三级甲等", "综合", null, null, HospitalSort.NAME, 0, 10))))
                .containsExactly("find-a", "find-c");
    }

    @Test
    void updatedSinceKeepsOnlyHospitalsChangedAfterIt() {
        assertThat(slugs(since(OffsetDateTime.parse("2021-01-01T00:00Z")))).containsExactly("find-c", "find-d");
        assertThat(since(OffsetDateTime.parse("2019-12-31T23:59Z")).total()).isEqualTo(4);
        assertThat(since(OffsetDateTime.parse("2020-01-01T00:00Z")).total())
                .as("after, not at")
                .isEqualTo(2);
    }

    @Test
    void eachSortIsItsFixedOrderingWithMissingValuesLast() {
        assertThat(slugs(sorted(HospitalSort.CITY))).containsExactly("find-b", "find-a", "find-c", "find-d");
        assertThat(slugs(sorted(HospitalSort.CATEGORY))).last().isEqualTo("find-d");
        assertThat(slugs(sorted(HospitalSort.LEVEL))).last().isEqualTo("find-d");
        assertThat(slugs(sorted(HospitalSort.PROVINCE)))
                .as("one province: by city, missing ones last, then by name")
                .containsExactly("find-b", "find-a", "find-c", "find-d");
    }

    private HospitalPage since(OffsetDateTime since) {
        return reads.search(new HospitalSearch(PROVINCE, null, null, null, null, since, HospitalSort.NAME, 0, 10));
    }

    private HospitalPage search(String province, String city, String name) {
        return reads.search(new HospitalSearch(province, city, null, null, name, null, HospitalSort.NAME, 0, 20));
    }

    private HospitalPage sorted(HospitalSort sort) {
        return reads.search(new HospitalSearch(PROVINCE, null, null, null, null, null, sort, 0, 10));
    }

    private static List<String> slugs(HospitalPage page) {
        return page.items().stream().map(HospitalSummary::slug).toList();
    }
}
