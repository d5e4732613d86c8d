package org.hospitalatlas.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Turns the document's hospitals into facts: divisions from the name, the category the name states, and what the text
 * describes ({@link StatedDescriptions}: grade, general hospital, founding year).
 */
final class HospitalFactBuilder {

    private final AdministrativeDivisions divisions;

    HospitalFactBuilder(AdministrativeDivisions divisions) {
        this.divisions = divisions;
    }

    /**
     * The hospitals the document states something about: the main one, and those with a figure, pilot, consortium
     * role ({@code withFacts}), grade or founding year. Hospitals named in passing, consortium names and township or
     * community centres without a figure of their own (members are recorded with their consortium) are left out.
     */
    List<HospitalFact> build(String text, TextSegmenter segments, HospitalDirectory directory, Set<String> withFacts) {
        StatedDescriptions described = StatedDescriptions.read(text, segments, directory);
        List<HospitalFact> facts = new ArrayList<>();
        for (Map.Entry<String, Set<String>> e : directory.surfacesByName().entrySet()) {
            String name = e.getKey();
            boolean stated = name.equals(directory.main())
                    || described.levels().containsKey(name)
                    || described.founded().containsKey(name)
                    || withFacts.contains(name);
            if (HospitalNames.isGroup(name) || !stated) {
                continue;
            }
            HospitalDirectory.Mention first = directory.mentions().stream()
                    .filter(m -> m.name().equals(name))
                    .findFirst()
                    .orElseThrow();
            List<String> aliases = new ArrayList<>(
                    e.getValue().stream().filter(s -> !s.equals(name)).toList());
            facts.add(fact(
                    text,
                    segments,
                    name,
                    aliases,
                    first.start(),
                    first.end(),
                    name.equals(directory.main()),
                    described));
        }
        // a hospital named only inside a consortium's name ("重医一院医院集团", "四川省人民医院医疗集团") and given a
        // role in it is no mention of the directory, but the document states its role
        for (String name : withFacts.stream().filter(Objects::nonNull).sorted().toList()) {
            if (directory.surfacesByName().containsKey(name) || !namesHospitalOnly(name)) {
                continue;
            }
            int at = text.indexOf(name);
            if (at >= 0) {
                facts.add(fact(text, segments, name, new ArrayList<>(), at, at + name.length(), false, described));
            }
        }
        facts.sort(Comparator.comparingInt(f -> f.evidence().start()));
        return facts;
    }

    /** A hospital's name, not a group's, a township or community centre's or a place's ("…医院", "重医一院"). */
    private static boolean namesHospitalOnly(String name) {
        return name.endsWith("院")
                && !HospitalNames.isGroup(name)
                && !"基层".equals(HospitalNames.categoryOf(name))
                && !name.endsWith("卫生院");
    }

    private HospitalFact fact(
            String text,
            TextSegmenter segments,
            String name,
            List<String> aliases,
            int firstStart,
            int firstEnd,
            boolean main,
            StatedDescriptions described) {
        for (String shorter : withoutHigherPlaces(name)) {
            if (!aliases.contains(shorter)) {
                aliases.add(shorter); // "安徽省无为县人民医院", "温州苍南县中医院" are also "无为县人民医院", "苍南县中医院"
            }
        }
        Division division = divisionOf(name, aliases);
        String province = division == null
                ? null
                : divisions.province(division).map(Division::name).orElse(null);
        String city = division == null
                ? null
                : divisions.city(division).map(Division::name).orElse(null);
        String district = division != null && division.level() == Division.Level.COUNTY ? division.name() : null;
        String category = HospitalNames.categoryOf(name);
        if (category == null && described.comprehensive().getOrDefault(name, false)) {
            category = "综合";
        }
        TextSegmenter.Span clause = segments.clauseOf(firstStart);
        int start = Math.min(clause.start(), firstStart);
        int end = Math.max(clause.end(), firstEnd);
        return new HospitalFact(
                name,
                aliases,
                province,
                city,
                district,
                described.levels().get(name),
                category,
                described.founded().get(name),
                main,
                Evidence.of(text, start, end),
                division == null ? 0.7 : 0.9);
    }

    /**
     * The name without the higher places written before its own ("湖南省浏阳市人民医院" → "浏阳市人民医院", "温州苍南县中医院"
     * → "苍南县中医院", "湖南省长沙市望城区人民医院" → "长沙市望城区人民医院" and "望城区人民医院"): each place of the chain
     * the name starts with, below the place before it (and, below a city, written in full), starts a shorter form.
     */
    private List<String> withoutHigherPlaces(String name) {
        List<AdministrativeDivisions.Match> places = divisions.findAll(name);
        List<String> shorter = new ArrayList<>();
        if (places.isEmpty() || places.get(0).start() != 0) {
            return shorter;
        }
        AdministrativeDivisions.Match above = places.get(0);
        for (int i = 1; i < places.size(); i++) {
            AdministrativeDivisions.Match place = places.get(i);
            Division division = place.division();
            if (place.start() != above.end()
                    || division.level().compareTo(above.division().level()) <= 0
                    // after a province any place ("陕西省西安交通大学…"); below it, a place written in full
                    || (above.division().level() != Division.Level.PROVINCE
                            && !name.startsWith(division.name(), place.start()))) {
                break;
            }
            shorter.add(name.substring(place.start()));
            above = place;
        }
        return shorter;
    }

    private Division divisionOf(String name, List<String> aliases) {
        List<String> forms = new ArrayList<>();
        forms.add(name);
        forms.addAll(aliases);
        for (String form : forms) {
            List<AdministrativeDivisions.Match> found = divisions.findAll(form);
            if (!found.isEmpty() && found.get(0).start() == 0) {
                // the most specific division the name starts with (常州市 in 常州市金坛…, 离石区 in 离石区人民医院)
                AdministrativeDivisions.Match best = found.get(0);
                for (AdministrativeDivisions.Match m : found) {
                    if (m.start() == best.end()
                            && m.division().level().compareTo(best.division().level()) > 0) {
                        best = m;
                    }
                }
                return best.division();
            }
        }
        return null;
    }
}
