package org.hospitalatlas.synthetic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.hospitalatlas.extraction.AdministrativeDivisions;
import org.hospitalatlas.extraction.Division;

/**
 * The 31 mainland provinces in code order with the places a hospital can stand — prefecture-level cities and
 * counties of the GB/T 2260 divisions, found through the public lookups — and how many hospitals each province
 * gets for its population (2020 census).
 */
final class ProvinceSites {

    /** A place a hospital can stand: a prefecture-level city or a county, with its naming prefix. */
    record Site(Division division, Division city, String prefix, boolean county, List<Division> districts) {}

    /** A province's sites; a city is drawn with weight 1 + its counties ({@code cityWeights} are running sums). */
    record Province(Division division, List<Site> cities, List<Site> counties, int[] cityWeights) {}

    /** Province code prefix → population in 10 000 (Seventh National Census, 2020). */
    private static final Map<String, Integer> POPULATION = populations();

    private static final Pattern COUNTY_SUFFIX = Pattern.compile("[县市区旗]$");

    private final List<Province> provinces;

    ProvinceSites(AdministrativeDivisions divisions) {
        List<Province> provinces = new ArrayList<>();
        for (String prefix : POPULATION.keySet()) {
            provinces.add(province(prefix, divisions));
        }
        this.provinces = provinces;
    }

    List<Province> provinces() {
        return provinces;
    }

    /** Largest-remainder apportionment of {@code count} hospitals over the provinces by population. */
    int[] apportion(int count) {
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

    private static Province province(String prefix, AdministrativeDivisions divisions) {
        List<Division> cities = new ArrayList<>();
        List<Division> counties = new ArrayList<>();
        collectCitiesAndCounties(prefix, divisions, cities, counties);
        Division province = divisions.byCode(prefix + "0000").orElseThrow();
        Map<String, List<Division>> districts = new HashMap<>();
        Map<String, Integer> countiesPerCity = new HashMap<>();
        for (Division county : counties) {
            Division city = divisions.city(county).orElse(county);
            if (county.name().endsWith("区")) {
                districts.computeIfAbsent(city.code(), k -> new ArrayList<>()).add(county);
            }
            countiesPerCity.merge(city.code(), 1, Integer::sum);
        }
        List<Division> cityDivisions = new ArrayList<>(cities);
        if (cityDivisions.isEmpty()) {
            cityDivisions.add(province); // 北京, 天津, 上海, 重庆: the municipality is the city
        }
        List<Site> citySites = new ArrayList<>();
        for (Division city : cityDivisions) {
            citySites.add(new Site(city, city, city.name(), false, districts.getOrDefault(city.code(), List.of())));
        }
        List<Site> countySites = new ArrayList<>();
        for (Division county : counties) {
            Division city = divisions.city(county).orElse(county);
            if (city.equals(county)) {
                // a county-level city directly under the province (仙桃市) stands as a city of its own
                citySites.add(new Site(county, county, county.name(), false, List.of()));
                continue;
            }
            String prefixName = county.name().endsWith("区") ? city.name() + county.name() : county.name();
            countySites.add(new Site(county, city, prefixName, true, List.of()));
        }
        return new Province(province, citySites, countySites, cityWeights(citySites, countiesPerCity));
    }

    /** The province's cities and counties in code order. */
    private static void collectCitiesAndCounties(
            String prefix, AdministrativeDivisions divisions, List<Division> cities, List<Division> counties) {
        // GB/T 2260 codes are PPCCDD: enumerate them and keep the ones that exist.
        char[] code = new char[6];
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
                    case CITY -> cities.add(division.get());
                    case COUNTY -> {
                        if (COUNTY_SUFFIX.matcher(division.get().name()).find()) {
                            counties.add(division.get());
                        } // not 西沙群岛 or 中沙群岛的岛礁及其海域: nobody names a hospital after a reef
                    }
                    case PROVINCE -> {}
                }
            }
        }
    }

    private static int[] cityWeights(List<Site> citySites, Map<String, Integer> countiesPerCity) {
        int[] weights = new int[citySites.size()];
        int sum = 0;
        for (int i = 0; i < citySites.size(); i++) {
            sum += 1 + countiesPerCity.getOrDefault(citySites.get(i).division().code(), 0);
            weights[i] = sum;
        }
        return weights;
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
