package org.hospitalatlas.synthetic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.hospitalatlas.extraction.AdministrativeDivisions;
import org.hospitalatlas.shared.Slugs;
import org.hospitalatlas.synthetic.ProvinceSites.Province;
import org.hospitalatlas.synthetic.ProvinceSites.Site;

/**
 * Places hospitals over the 31 mainland provinces in proportion to their population (2020 census), at city
 * and county sites of the GB/T 2260 divisions, with names the way Chinese public hospitals are named
 * (郴州市第一人民医院, 嘉禾县中医医院, 北京市朝阳区妇幼保健院) and levels and categories in roughly national
 * proportions: about a fifth 三级, half 二级; about 60 % 综合 and 20 % 中医.
 */
final class HospitalPlacer {

    private static final String[] CHINESE_NUMBERS = {
        "", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四", "十五", "十六", "十七", "十八", "十九", "二十"
    };

    private final ProvinceSites sites;
    private final List<Province> provinces;

    HospitalPlacer(AdministrativeDivisions divisions) {
        this.sites = new ProvinceSites(divisions);
        this.provinces = sites.provinces();
    }

    List<SyntheticHospital> place(int count, SplittableRandom random) {
        int[] perProvince = sites.apportion(count);
        Set<String> names = new HashSet<>();
        Set<String> slugs = new HashSet<>();
        Map<Site, int[]> nextName = new HashMap<>();
        List<SyntheticHospital> hospitals = new ArrayList<>(count);
        for (int p = 0; p < provinces.size(); p++) {
            Province province = provinces.get(p);
            for (int n = 0; n < perProvince[p]; n++) {
                HospitalCategory category = HospitalCategory.draw(random);
                Site site = drawSite(province, category, random);
                Named named = name(site, category, names, nextName);
                String level = named.category().drawLevel(site.county(), named.flagship(), random);
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

    private Site drawSite(Province province, HospitalCategory category, SplittableRandom random) {
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
    private record Named(String name, HospitalCategory category, boolean flagship) {}

    /**
     * The next free name of the category at the site. A category without more names there (a third 妇幼保健院)
     * becomes the site's next numbered general hospital.
     */
    private static Named name(Site site, HospitalCategory category, Set<String> names, Map<Site, int[]> next) {
        int[] counters = next.computeIfAbsent(site, s -> new int[HospitalCategory.values().length]);
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
                return name(site, HospitalCategory.GENERAL, names, next);
            }
            String name = site.prefix() + suffix;
            if (names.add(name)) {
                return new Named(name, category, category == HospitalCategory.GENERAL && k == 0);
            }
        }
    }

    private static String chineseNumber(int n) {
        return n < CHINESE_NUMBERS.length ? CHINESE_NUMBERS[n] : Integer.toString(n);
    }
}
