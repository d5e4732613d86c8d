package org.hospitalatlas.extraction;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The full name a numbered hospital's short form stands for ({@link NameResolver}): an ordinal short form after a place
 * (上海一院 → 上海市第一人民医院), a numbered hospital named by its level only (县二医院 → 金堂县第二人民医院).
 */
final class NumberedNames {

    /** "县二医院", "市第三人民医院": a numbered hospital named by its level only. */
    private static final Pattern NUMBERED_OF_LEVEL =
            Pattern.compile("^(?<level>[市县区])第?(?<ord>[一二三四五六七八九十])(?:人民)?(?:医院|院)$");

    private NumberedNames() {}

    /** The one full name of the text with the same number at the same level (金堂县第二人民医院 for 县二医院). */
    static Optional<String> numberedOfLevel(String surface, List<String> fullNames) {
        Matcher m = NUMBERED_OF_LEVEL.matcher(surface);
        if (!m.matches()) {
            return Optional.empty();
        }
        String found = null;
        for (String f : fullNames) {
            Optional<HospitalNames.OrdinalKey> full = HospitalNames.ordinalFullForm(f);
            if (full.isPresent()
                    && full.get().ordinal().equals(m.group("ord"))
                    && full.get().place().endsWith(m.group("level"))) {
                if (found != null && !found.equals(f)) {
                    return Optional.empty();
                }
                found = f;
            }
        }
        return Optional.ofNullable(found);
    }

    static Optional<String> resolveOrdinal(
            HospitalNames.OrdinalKey key, List<String> fullNames, AdministrativeDivisions divisions) {
        String place = key.place();
        String placeShort = place.endsWith("市") ? place.substring(0, place.length() - 1) : place;
        String group = key.group() ? "医疗集团" : "";
        for (String f : fullNames) {
            Optional<HospitalNames.OrdinalKey> full = HospitalNames.ordinalFullForm(f);
            if (full.isPresent()
                    && full.get().ordinal().equals(key.ordinal())
                    && (full.get().place().equals(place) || full.get().place().equals(placeShort))) {
                return Optional.of(f + group);
            }
        }
        // no full form in the text: spell it out only for a real city (上海 → 上海市第一人民医院)
        for (Division d : divisions.byName(placeShort)) {
            if (d.level() != Division.Level.COUNTY && d.name().endsWith("市")) {
                return Optional.of(d.name() + "第" + key.ordinal() + "人民医院" + group);
            }
        }
        return Optional.empty();
    }
}
