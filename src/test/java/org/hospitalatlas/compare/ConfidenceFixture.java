package org.hospitalatlas.compare;

import org.hospitalatlas.support.FixtureRows;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Facts of an invented province, 置信省, read with a high (0.95) or a low (0.6) confidence, for the
 * {@code min_confidence} tests. Idempotent and in a province of its own, like {@link CompareFixture}.
 *
 * <p>Open beds: sure 2021 900 (0.95); unsure 2021 700 (0.6) and 2020 650 (0.95). Revenue: sure 2021 4.5亿 (0.6),
 * so sure's revenue_per_bed exists only below 0.6. Pilots: sure's DRG pilot (0.95), unsure's salary pilot (0.6).
 * Consortia: the city group (0.95) led by sure (0.95) with unsure as member (0.6); the alliance (0.6) led by unsure
 * (0.6).
 */
final class ConfidenceFixture {

    static final String PROVINCE = "置信省";
    static final String DOCUMENT = "conf-fixture";
    static final String SURE = "conf-sure";
    static final String UNSURE = "conf-unsure";
    static final String GROUP = "conf-group";
    static final String ALLIANCE = "conf-alliance";
    static final String HIGH = "0.95";
    static final String LOW = "0.6";

    static final String TEXT = """
            置信市第一人民医院2021年实际开放床位900张，业务收入4.5亿元。\
            置信市第二人民医院2021年床位约700张。置信市第二人民医院2020年实际开放床位650张。\
            2019年置信市第一人民医院被列为置信市DRG付费试点医院。2020年置信市第二人民医院或为薪酬制度改革试点医院。\
            置信市医疗集团由置信市第一人民医院牵头，置信市第二人民医院似已加入。\
            置信市专科联盟或由置信市第二人民医院牵头。""";

    private ConfidenceFixture() {}

    static void ensure(JdbcClient jdbc) {
        jdbc.sql("""
                        insert into hospital (slug, name_zh, province, city, level, category)
                        values ('conf-sure', '置信市第一人民医院', '置信省', '置信市', '三级甲等', '综合'),
                               ('conf-unsure', '置信市第二人民医院', '置信省', '置信市', '三级甲等', '综合')
                        on conflict do nothing
                        """).update();
        jdbc.sql("""
                        insert into source_document (slug, title, publisher, published_on, sha256, body)
                        values (:slug, '置信省医院简报（测试）', null, date '2022-03-01',
                                'c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00', :body)
                        on conflict do nothing
                        """).param("slug", DOCUMENT).param("body", TEXT).update();
        value(jdbc, SURE, "beds_open", 2021, "900", HIGH, "置信市第一人民医院2021年实际开放床位900张");
        value(jdbc, SURE, "revenue", 2021, "450000000", LOW, "业务收入4.5亿元");
        value(jdbc, UNSURE, "beds_open", 2021, "700", LOW, "置信市第二人民医院2021年床位约700张");
        value(jdbc, UNSURE, "beds_open", 2020, "650", HIGH, "置信市第二人民医院2020年实际开放床位650张");

        pilot(jdbc, SURE, "置信市DRG付费试点医院", "municipal", "drg_dip_payment", 2019, HIGH);
        pilot(jdbc, UNSURE, "薪酬制度改革试点医院", "municipal", "salary_reform", 2020, LOW);

        consortium(jdbc, GROUP, "置信市医疗集团", "city_medical_group", HIGH, "置信市医疗集团由置信市第一人民医院牵头");
        consortium(jdbc, ALLIANCE, "置信市专科联盟", "specialty_alliance", LOW, "置信市专科联盟或由置信市第二人民医院牵头");
        member(jdbc, GROUP, SURE, "lead", HIGH, "置信市医疗集团由置信市第一人民医院牵头");
        member(jdbc, GROUP, UNSURE, "member", LOW, "置信市第二人民医院似已加入");
        member(jdbc, ALLIANCE, UNSURE, "lead", LOW, "置信市专科联盟或由置信市第二人民医院牵头");
    }

    private static void value(
            JdbcClient jdbc, String hospital, String code, int year, String value, String confidence, String quote) {
        rows(jdbc).value(hospital, code, year, "level", value, "exact", false, confidence, quote);
    }

    private static void pilot(
            JdbcClient jdbc,
            String hospital,
            String designation,
            String level,
            String category,
            int year,
            String confidence) {
        rows(jdbc).pilot(hospital, designation, level, category, year, confidence);
    }

    private static void consortium(
            JdbcClient jdbc, String slug, String name, String type, String confidence, String quote) {
        rows(jdbc).consortium(slug, name, type, null, null, confidence, quote);
    }

    private static void member(
            JdbcClient jdbc, String consortium, String hospital, String role, String confidence, String quote) {
        rows(jdbc).member(consortium, hospital, role, confidence, quote);
    }

    private static FixtureRows rows(JdbcClient jdbc) {
        return new FixtureRows(jdbc, DOCUMENT, TEXT);
    }
}
