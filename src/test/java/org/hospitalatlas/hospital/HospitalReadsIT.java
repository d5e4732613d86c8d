package org.hospitalatlas.hospital;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.hospitalatlas.shared.NotFoundException;
import org.hospitalatlas.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * The hospital repository's reads on the real database, with a hospital whose province and city hold {@code like}'s
 * wildcards; each test's rows are rolled back.
 */
@IntegrationTest
@Transactional
class HospitalReadsIT {

    private static final String SLUG = "like-fixture";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    HospitalService hospitals;

    private long id;

    @BeforeEach
    void fixture() {
        id = jdbc.sql("""
                        insert into hospital (slug, name_zh, province, city)
                        values (:slug, '通配符测试医院', '百分%省', '下划_市') returning id
                        """).param("slug", SLUG).query(Long.class).single();
        jdbc.sql("insert into hospital_alias (hospital_id, alias) values (:id, '通配乙'), (:id, '通配甲'), (:id, '通配丙')")
                .param("id", id)
                .update();
    }

    @Test
    void provinceAndCityMatchPercentAndUnderscoreAsThemselves() {
        assertThat(slugs(search("百分%", null))).containsExactly(SLUG);
        assertThat(slugs(search(null, "下划_"))).containsExactly(SLUG);
        // unescaped, % would match every province and _ any one character
        assertThat(search("%", null).total()).isZero();
        assertThat(search("百_", null).total()).isZero();
        assertThat(search(null, "下_").total()).isZero();
    }

    @Test
    void aHospitalsAliasesComeInTheDatabasesOrder() {
        List<String> ordered = jdbc.sql("select alias from hospital_alias where hospital_id = :id order by alias")
                .param("id", id)
                .query(String.class)
                .list();
        HospitalDetails details = hospitals.get(SLUG);
        assertThat(details.aliases()).hasSize(3).containsExactlyElementsOf(ordered);
        assertThat(details.province()).isEqualTo("百分%省");
        assertThat(details.ownership()).isEqualTo("public");
    }

    @Test
    void aReferenceBySlugOrANotFoundWithCloseMatches() {
        assertThat(hospitals.require(SLUG)).isEqualTo(new HospitalRef(id, SLUG, "通配符测试医院"));
        assertThatThrownBy(() -> hospitals.require("like-fixtur"))
                .isInstanceOfSatisfying(
                        NotFoundException.class,
                        e -> assertThat(e.suggestions()).contains(SLUG));
    }

    private HospitalPage search(String province, String city) {
        return hospitals.search(new HospitalSearch(province, city, null, null, null, null, HospitalSort.NAME, 0, 20));
    }

    private static List<String> slugs(HospitalPage page) {
        return page.items().stream().map(HospitalSummary::slug).toList();
    }
}
