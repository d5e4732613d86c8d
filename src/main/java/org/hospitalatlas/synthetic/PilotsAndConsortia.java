package org.hospitalatlas.synthetic;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.hospitalatlas.shared.Slugs;

/**
 * Reform pilots and consortia for a generated set of hospitals: bigger hospitals are more often pilots;
 * every city's flagship leads a city medical group (城市医疗集团) of hospitals of its city, every county's
 * flagship a county medical community (县域医共体) of its county, and a few 三甲 hospitals per province lead
 * provincial specialty alliances.
 */
final class PilotsAndConsortia {

    record Pilot(String hospitalSlug, String designation, String level, String category, int year) {}

    record Consortium(String slug, String name, String type, String established) {}

    record Member(String consortiumSlug, String hospitalSlug, String role) {}

    private record Designation(String name, String level, String category, int from, int maxTier) {}

    private static final List<Designation> DESIGNATIONS = List.of(
            new Designation("国家建立健全现代医院管理制度试点医院", "national", "modern_hospital_management", 2018, 1),
            new Designation("国家DRG付费试点医院", "national", "drg_dip_payment", 2019, 1),
            new Designation("区域点数法总额预算和按病种分值付费（DIP）试点医院", "national", "drg_dip_payment", 2020, 2),
            new Designation("公立医院高质量发展试点医院", "national", "high_quality_demo", 2021, 0),
            new Designation("省级公立医院高质量发展示范医院", "provincial", "high_quality_demo", 2022, 2),
            new Designation("省级现代医院管理制度试点医院", "provincial", "modern_hospital_management", 2018, 3),
            new Designation("省级公立医院薪酬制度改革试点医院", "provincial", "salary_reform", 2017, 3),
            new Designation("省级公立医院综合改革示范医院", "provincial", "comprehensive_reform", 2016, 3),
            new Designation("卫生高级职称自主评审试点医院", "provincial", "title_evaluation", 2020, 1),
            new Designation("市级公立医院人事编制管理改革试点单位", "municipal", "personnel_staffing", 2019, 4),
            new Designation("县级公立医院综合改革示范县牵头医院", "county", "comprehensive_reform", 2015, 4));

    private static final String[] SPECIALTIES = {"心血管", "肿瘤", "儿科", "妇产科", "神经内科", "呼吸与危重症", "重症医学", "骨科", "消化", "急诊"};

    private final List<Pilot> pilots = new ArrayList<>();
    private final List<Consortium> consortia = new ArrayList<>();
    private final List<Member> members = new ArrayList<>();

    private final int firstYear;
    private final int lastYear;
    private final SplittableRandom random;
    private final Set<String> slugs = new HashSet<>();

    /** Draws in a fixed order — pilots, city groups, county communities, specialty alliances — from one generator. */
    PilotsAndConsortia(List<SyntheticHospital> hospitals, int firstYear, int lastYear, SplittableRandom random) {
        this.firstYear = firstYear;
        this.lastYear = lastYear;
        this.random = random;
        drawPilots(hospitals);
        formCityGroups(hospitals);
        formCountyCommunities(hospitals);
        formSpecialtyAlliances(hospitals);
    }

    private void drawPilots(List<SyntheticHospital> hospitals) {
        double[] chance = {0.45, 0.25, 0.15, 0.06, 0.02};
        for (SyntheticHospital hospital : hospitals) {
            if (random.nextDouble() >= chance[hospital.tier()]) {
                continue;
            }
            int count = 1 + (random.nextDouble() < 0.3 ? 1 : 0);
            Set<String> taken = new HashSet<>();
            for (int i = 0; i < count * 3 && taken.size() < count; i++) {
                Designation d = DESIGNATIONS.get(random.nextInt(DESIGNATIONS.size()));
                if (d.maxTier() < hospital.tier() || d.from() > lastYear || !taken.add(d.name())) {
                    continue;
                }
                int from = Math.max(firstYear, d.from());
                pilots.add(new Pilot(
                        hospital.slug(),
                        d.name(),
                        d.level(),
                        d.category(),
                        from + random.nextInt(lastYear - from + 1)));
            }
        }
    }

    private void formCityGroups(List<SyntheticHospital> hospitals) {
        for (List<SyntheticHospital> city : groupBy(hospitals, SyntheticHospital::cityCode)) {
            SyntheticHospital lead = city.stream()
                    .filter(h -> h.flagship() && !h.countyLevel())
                    .findFirst()
                    .orElse(null);
            if (lead != null) {
                group(lead, lead.name() + "医疗集团", "city_medical_group", city, 3 + random.nextInt(6));
            }
        }
    }

    private void formCountyCommunities(List<SyntheticHospital> hospitals) {
        List<SyntheticHospital> countyHospitals =
                hospitals.stream().filter(SyntheticHospital::countyLevel).toList();
        for (List<SyntheticHospital> county : groupBy(countyHospitals, SyntheticHospital::countyCode)) {
            SyntheticHospital lead = county.stream()
                    .filter(SyntheticHospital::flagship)
                    .findFirst()
                    .orElse(null);
            if (lead != null && county.size() > 1) {
                String place = lead.name().substring(0, lead.name().length() - "人民医院".length());
                group(lead, place + "紧密型县域医疗卫生共同体", "county_medical_community", county, county.size() - 1);
            }
        }
    }

    private void formSpecialtyAlliances(List<SyntheticHospital> hospitals) {
        for (List<SyntheticHospital> province : groupBy(hospitals, SyntheticHospital::province)) {
            List<SyntheticHospital> leads =
                    province.stream().filter(h -> h.tier() == 0).limit(3).toList();
            for (int i = 0; i < leads.size(); i++) {
                SyntheticHospital lead = leads.get(i);
                String specialty = SPECIALTIES[(lead.index() + i) % SPECIALTIES.length];
                group(
                        lead,
                        lead.province() + specialty + "专科联盟（" + lead.name() + "牵头）",
                        "specialty_alliance",
                        province,
                        5 + random.nextInt(11));
            }
        }
    }

    /** The hospitals by {@code key}, the groups in the order their first hospital comes. */
    private static Collection<List<SyntheticHospital>> groupBy(
            List<SyntheticHospital> hospitals, Function<SyntheticHospital, String> key) {
        Map<String, List<SyntheticHospital>> groups = new LinkedHashMap<>();
        for (SyntheticHospital h : hospitals) {
            groups.computeIfAbsent(key.apply(h), k -> new ArrayList<>()).add(h);
        }
        return groups.values();
    }

    private void group(SyntheticHospital lead, String name, String type, List<SyntheticHospital> pool, int size) {
        String base = Slugs.of(name);
        String slug = base;
        for (int k = 2; !slugs.add(slug); k++) {
            slug = base + "-" + k;
        }
        int from = Math.max(firstYear, Math.min(lastYear, 2017));
        int year = from + random.nextInt(Math.min(lastYear, from + 4) - from + 1);
        String established = random.nextDouble() < 0.5
                ? Integer.toString(year)
                : String.format("%d-%02d", year, 1 + random.nextInt(12));
        consortia.add(new Consortium(slug, name, type, established));
        members.add(new Member(slug, lead.slug(), "lead"));
        List<SyntheticHospital> others = new ArrayList<>(pool);
        others.remove(lead);
        for (int i = 0; i < size && !others.isEmpty(); i++) {
            SyntheticHospital member = others.remove(random.nextInt(others.size()));
            members.add(new Member(slug, member.slug(), "member"));
        }
    }

    List<Pilot> pilots() {
        return pilots;
    }

    List<Consortium> consortia() {
        return consortia;
    }

    List<Member> members() {
        return members;
    }

    /** The designations of one hospital, for its reports. */
    List<Pilot> pilotsOf(String hospitalSlug) {
        return pilots.stream()
                .filter(p -> p.hospitalSlug().equals(hospitalSlug))
                .toList();
    }
}
