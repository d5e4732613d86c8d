package org.hospitalatlas.synthetic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.hospitalatlas.extraction.AdministrativeDivisions;
import org.hospitalatlas.extraction.Division;
import org.hospitalatlas.shared.Slugs;

/**
 * Places hospitals over the 31 mainland provinces in proportion to their population (2020 census), at city
 * and county sites of the GB/T 2260 divisions, with names the way Chinese public hospitals are named
 * (郴州市第一人民医院, 嘉禾县中医医院, 北京市朝阳区妇幼保健院) and levels and categories in roughly national
 * proportions: about a fifth 三级, half 二级; about 60 % 综合 and 20 % 中医.
 */
final class HospitalPlacer {

    /** Province code prefix → population in 10 000 (Seventh National Census, 2020). */
    private static final Map<String, Integer> POPULATION = populations();

    /**
     * A category with the names it takes at a city and at a county site: fixed names first, then numbered ones
     * (第四人民医院, 第二中医医院 …) where the pattern is not null.
     */
    private enum Category {
        GENERAL(
                "综合",
                0.60,
                false,
                new String[] {"第一人民医院", "中心医院", "第二人民医院", "第三人民医院"},
                "第%s人民医院",
                new String[] {"人民医院", "第二人民医院", "第三人民医院"},
                "第%s人民医院"),
        CHINESE_MEDICINE("中医", 0.20, false, new String[] {"中医医院"}, "第%s中医医院", new String[] {"中医医院"}, "第%s中医医院"),
        MATERNAL_CHILD(
                "妇幼", 0.10, false, new String[] {"妇幼保健院", "妇女儿童医院"}, null, new String[] {"妇幼保健院", "妇女儿童医院"}, null),
        INTEGRATED(
                "中西医结合", 0.03, false, new String[] {"中西医结合医院"}, "第%s中西医结合医院", new String[] {"中西医结合医院"}, "第%s中西医结合医院"),
        SPECIALTY(
                "专科",
                0.035,
                true,
                new String[] {"精神卫生中心", "传染病医院", "口腔医院", "眼科医院", "康复医院", "皮肤病医院", "胸科医院"},
                null,
                new String[0],
                null),
        CHILDREN("儿童", 0.0125, true, new String[] {"儿童医院"}, "第%s儿童医院", new String[0], null),
        CANCER("肿瘤", 0.0125, true, new String[] {"肿瘤医院"}, "第%s肿瘤医院", new String[0], null),
        ORTHOPAEDIC("骨科", 0.01, true, new String[] {"骨科医院", "骨伤医院"}, null, new String[0], null);

        final String label;
        final double weight;
        final boolean cityOnly;
        final String[] cityNames;
        final String cityNumbered;
        final String[] countyNames;
        final String countyNumbered;

        Category(
                String label,
                double weight,
                boolean cityOnly,
                String[] cityNames,
                String cityNumbered,
                String[] countyNames,
                String countyNumbered) {
            this.label = label;
            this.weight = weight;
            this.cityOnly = cityOnly;
            this.cityNames = cityNames;
            this.cityNumbered = cityNumbered;
            this.countyNames = countyNames;
            this.countyNumbered = countyNumbered;
        }

        /** The first number of the numbered names: 第四 after 第一/第二/第三人民医院 (or 人民医院/第二/第三), else 第二. */
        int firstNumber() {
            return this == GENERAL ? 4 : 2;
        }
    }

    private static final Pattern COUNTY_SUFFIX = Pattern.compile("[县市区旗]$");

    private static final String[] CHINESE_NUMBERS = {
        "", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四", "十五", "十六", "十七", "十八", "十九", "二十"
    };

    /** A place a hospital can stand: a prefecture-level city or a county, with its naming prefix. */
    private record Site(Division division, Division city, String prefix, boolean county, List<Division> districts) {}

    private record Province(Division division, List<Site> cities, List<Site> counties, int[] cityWeights) {}

    private final AdministrativeDivisions divisions;
    private final List<Province> provinces;

    HospitalPlacer(AdministrativeDivisions divisions) {
        this.divisions = divisions;
        this.provinces = provinces(divisions);
    }

    List<SyntheticHospital> place(int count, SplittableRandom random) {
        int[] perProvince = apportion(count);
        Set<String> names = new HashSet<>();
        Set<String> slugs = new HashSet<>();
        Map<Site, int[]> nextName = new HashMap<>();
        List<SyntheticHospital> hospitals = new ArrayList<>(count);
        for (int p = 0; p < provinces.size(); p++) {
            Province province = provinces.get(p);
            for (int n = 0; n < perProvince[p]; n++) {
                Category category = drawCategory(random);
                Site site = drawSite(province, category, random);
                Named named = name(site, category, names, nextName);
                String level = drawLevel(named.category(), site.county(), named.flagship(), random);
                String base = Slugs.of(named.name());
                String slug = base;
                for (int k = 2; !slugs.add(slug); k++) {
                    slug = base + "-" + k;
                }
                String district = site.county()
                        ? site.division().name()
                        : (site.districts().isEmpty()
                                ? null
                                : site.districts()
                                        .get(random.nextInt(site.districts().size()))
                                        .name());
                int founded = site.county() ? 1940 + random.nextInt(50) : 1900 + random.nextInt(70);
                hospitals.add(new SyntheticHospital(
                        hospitals.size(),
                        slug,
                        named.name(),
                        province.division().name(),
                        site.city().name(),
                        district,
                        level,
                        named.category().label,
                        founded,
                        site.city().code(),
                        site.county() ? site.division().code() : null,
                        named.flagship()));
            }
        }
        return hospitals;
    }

    /** Largest-remainder apportionment of {@code count} hospitals over the provinces by population. */
    private int[] apportion(int count) {
        double total = provinces.stream()
                .mapToInt(p -> POPULATION.get(p.division().code().substring(0, 2)))
                .sum();
        int[] result = new int[provinces.size()];
        double[] remainders = new double[provinces.size()];
        int assigned = 0;
        for (int p = 0; p < provinces.size(); p++) {
            double exact =
                    count * POPULATION.get(provinces.get(p).division().code().substring(0, 2)) / total;
            result[p] = (int) Math.floor(exact);
            remainders[p] = exact - result[p];
            assigned += result[p];
        }
        while (assigned < count) {
            int best = 0;
            for (int p = 1; p < remainders.length; p++) {
                if (remainders[p] > remainders[best]) {
                    best = p;
                }
            }
            result[best]++;
            remainders[best] = -1;
            assigned++;
        }
        return result;
    }

    private static Category drawCategory(SplittableRandom random) {
        double r = random.nextDouble();
        double sum = 0;
        for (Category category : Category.values()) {
            sum += category.weight;
            if (r < sum) {
                return category;
            }
        }
        return Category.GENERAL;
    }

    private Site drawSite(Province province, Category category, SplittableRandom random) {
        boolean county = !category.cityOnly && !province.counties().isEmpty() && random.nextDouble() < 0.72;
        if (county) {
            return province.counties().get(random.nextInt(province.counties().size()));
        }
        int total = province.cityWeights()[province.cityWeights().length - 1];
        int r = random.nextInt(total);
        int i = 0;
        while (province.cityWeights()[i] <= r) {
            i++;
        }
        return province.cities().get(i);
    }

    /** A name taken at a site: the category may have fallen back to 综合 when the asked one had no name left. */
    private record Named(String name, Category category, boolean flagship) {}

    /**
     * The next free name of the category at the site. A category without more names there (a third 妇幼保健院)
     * becomes the site's next numbered general hospital.
     */
    private static Named name(Site site, Category category, Set<String> names, Map<Site, int[]> next) {
        int[] counters = next.computeIfAbsent(site, s -> new int[Category.values().length]);
        String[] fixed = site.county() ? category.countyNames : category.cityNames;
        String numbered = site.county() ? category.countyNumbered : category.cityNumbered;
        while (true) {
            int k = counters[category.ordinal()]++;
            String suffix;
            if (k < fixed.length) {
                suffix = fixed[k];
            } else if (numbered != null) {
                suffix = String.format(numbered, chineseNumber(category.firstNumber() + k - fixed.length));
            } else {
                return name(site, Category.GENERAL, names, next);
            }
            String name = site.prefix() + suffix;
            if (names.add(name)) {
                return new Named(name, category, category == Category.GENERAL && k == 0);
            }
        }
    }

    private static String chineseNumber(int n) {
        return n < CHINESE_NUMBERS.length ? CHINESE_NUMBERS[n] : Integer.toString(n);
    }

    /** Level by category, place and rank; proportions tuned so that the country comes out near 1/5 三级, 1/2 二级. */
    private static String drawLevel(Category category, boolean county, boolean flagship, SplittableRandom random) {
        Object[] table = switch (category) {
            case GENERAL ->
                county
                        ? (flagship
                                ? new Object[] {
                                    "三级", .04, "三级乙等", .08, "二级甲等", .58, "二级乙等", .12, "二级", .10, "一级", .04, "未定级", .04
                                }
                                : new Object[] {"二级甲等", .10, "二级乙等", .10, "二级", .22, "一级甲等", .14, "一级", .18, "未定级", .26
                                })
                        : (flagship
                                ? new Object[] {"三级甲等", .80, "三级乙等", .12, "二级甲等", .08}
                                : new Object[] {
                                    "三级甲等", .28, "三级乙等", .14, "三级", .06, "二级甲等", .30, "二级", .12, "一级", .05, "未定级", .05
                                });
            case CHINESE_MEDICINE ->
                county
                        ? new Object[] {"三级", .03, "二级甲等", .45, "二级乙等", .12, "二级", .12, "一级", .13, "未定级", .15}
                        : new Object[] {"三级甲等", .50, "三级乙等", .15, "二级甲等", .25, "二级", .10};
            case MATERNAL_CHILD ->
                county
                        ? new Object[] {"二级甲等", .35, "二级", .30, "一级", .15, "未定级", .20}
                        : new Object[] {"三级甲等", .15, "三级", .15, "二级甲等", .55, "二级", .15};
            case INTEGRATED -> new Object[] {"三级", .10, "二级甲等", .35, "二级", .25, "一级", .15, "未定级", .15};
            case CHILDREN, CANCER -> new Object[] {"三级甲等", .50, "三级", .20, "二级甲等", .20, "二级", .10};
            case SPECIALTY, ORTHOPAEDIC -> new Object[] {"三级", .15, "二级甲等", .30, "二级", .25, "一级", .15, "未定级", .15};
        };
        double r = random.nextDouble();
        double sum = 0;
        for (int i = 0; i < table.length; i += 2) {
            sum += (double) table[i + 1];
            if (r < sum) {
                return (String) table[i];
            }
        }
        return (String) table[table.length - 2];
    }

    /** The mainland provinces in code order with their city and county sites, found through the public lookups. */
    private static List<Province> provinces(AdministrativeDivisions divisions) {
        Map<String, List<Division>> citiesByProvince = new LinkedHashMap<>();
        Map<String, List<Division>> countiesByProvince = new LinkedHashMap<>();
        for (String prefix : POPULATION.keySet()) {
            citiesByProvince.put(prefix, new ArrayList<>());
            countiesByProvince.put(prefix, new ArrayList<>());
        }
        // GB/T 2260 codes are PPCCDD: enumerate them and keep the ones that exist.
        char[] code = new char[6];
        for (String prefix : POPULATION.keySet()) {
            code[0] = prefix.charAt(0);
            code[1] = prefix.charAt(1);
            for (int c = 0; c < 100; c++) {
                code[2] = (char) ('0' + c / 10);
                code[3] = (char) ('0' + c % 10);
                for (int d = 0; d < 100; d++) {
                    code[4] = (char) ('0' + d / 10);
                    code[5] = (char) ('0' + d % 10);
                    Optional<Division> division = divisions.byCode(new String(code));
                    if (division.isEmpty()) {
                        continue;
                    }
                    switch (division.get().level()) {
                        case CITY -> citiesByProvince.get(prefix).add(division.get());
                        case COUNTY -> {
                            if (COUNTY_SUFFIX.matcher(division.get().name()).find()) {
                                countiesByProvince.get(prefix).add(division.get());
                            } // not 西沙群岛 or 中沙群岛的岛礁及其海域: nobody names a hospital after a reef
                        }
                        case PROVINCE -> {}
                    }
                }
            }
        }
        List<Province> provinces = new ArrayList<>();
        for (String prefix : POPULATION.keySet()) {
            Division province = divisions.byCode(prefix + "0000").orElseThrow();
            Map<String, List<Division>> districts = new HashMap<>();
            Map<String, Integer> countiesPerCity = new HashMap<>();
            for (Division county : countiesByProvince.get(prefix)) {
                Division city = divisions.city(county).orElse(county);
                if (county.name().endsWith("区")) {
                    districts
                            .computeIfAbsent(city.code(), k -> new ArrayList<>())
                            .add(county);
                }
                countiesPerCity.merge(city.code(), 1, Integer::sum);
            }
            List<Division> cityDivisions = new ArrayList<>(citiesByProvince.get(prefix));
            if (cityDivisions.isEmpty()) {
                cityDivisions.add(province); // 北京, 天津, 上海, 重庆: the municipality is the city
            }
            List<Site> citySites = new ArrayList<>();
            for (Division city : cityDivisions) {
                citySites.add(new Site(city, city, city.name(), false, districts.getOrDefault(city.code(), List.of())));
            }
            List<Site> countySites = new ArrayList<>();
            for (Division county : countiesByProvince.get(prefix)) {
                Division city = divisions.city(county).orElse(county);
                if (city.equals(county)) {
                    // a county-level city directly under the province (仙桃市) stands as a city of its own
                    citySites.add(new Site(county, county, county.name(), false, List.of()));
                    continue;
                }
                String prefixName = county.name().endsWith("区") ? city.name() + county.name() : county.name();
                countySites.add(new Site(county, city, prefixName, true, List.of()));
            }
            int[] weights = new int[citySites.size()];
            int sum = 0;
            for (int i = 0; i < citySites.size(); i++) {
                sum += 1
                        + countiesPerCity.getOrDefault(
                                citySites.get(i).division().code(), 0);
                weights[i] = sum;
            }
            provinces.add(new Province(province, citySites, countySites, weights));
        }
        return provinces;
    }

    private static Map<String, Integer> populations() {
        Map<String, Integer> map = new LinkedHashMap<>();
        Object[] table = {
            "11", 2189, "12", 1387, "13", 7461, "14", 3492, "15", 2405, "21", 4259, "22", 2407, "23", 3185, "31", 2487,
            "32", 8475, "33", 6457, "34", 6103, "35", 4154, "36", 4519, "37", 10153, "41", 9937, "42", 5775, "43", 6644,
            "44", 12601, "45", 5013, "46", 1008, "50", 3205, "51", 8367, "52", 3856, "53", 4721, "54", 365, "61", 3953,
            "62", 2502, "63", 592, "64", 720, "65", 2585
        };
        for (int i = 0; i < table.length; i += 2) {
            map.put((String) table[i], (Integer) table[i + 1]);
        }
        return map;
    }
}
