package org.hospitalatlas.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hospitalatlas.extraction.HospitalDirectory.Mention;
import org.hospitalatlas.extraction.HospitalRecognizer.Candidate;

/**
 * What each name a document writes stands for ({@link HospitalDirectory}): its full name in the document
 * (郴州市一医院 → 郴州市第一人民医院), an abbreviation expanded with the document's place (市妇幼保健院 → 南阳市妇幼保健院 in
 * a 南阳 document), or the name an alias was declared for (（以下简称“荆州一医”）).
 */
final class NameResolver {

    private static final Pattern DECLARED_ALIAS = Pattern.compile(
            "^\\s*[（(]\\s*(?:以下)?(?:简称|下称)\\s*[：:]?\\s*[“\"‘]?(?<alias>[^”\"’）)，,、\\s]{2,16})[”\"’]?\\s*[）)]");

    private final String text;
    private final List<String> fullNames;
    private final AdministrativeDivisions divisions;
    private final DocumentPlaces places;
    private final Map<String, String> withoutSchool;

    NameResolver(String text, List<String> fullNames, AdministrativeDivisions divisions, DocumentPlaces places) {
        this.text = text;
        this.fullNames = fullNames;
        this.divisions = divisions;
        this.places = places;
        this.withoutSchool = UniversityShortForms.withoutSchool(fullNames);
    }

    /** The full names the document writes: anchored at a place, or named and not abbreviated; no ordinal short form. */
    static List<String> fullNames(List<Candidate> candidates) {
        List<String> fullNames = new ArrayList<>();
        for (Candidate c : candidates) {
            Cancellation.check();
            boolean full = c.anchored() || (c.named() && !c.abbreviated());
            if (full && HospitalNames.ordinalShortForm(c.surface()).isEmpty() && !fullNames.contains(c.surface())) {
                fullNames.add(c.surface());
            }
        }
        return fullNames;
    }

    /** The document's mentions in text order: each candidate resolved, and each declared alias no candidate covers. */
    List<Mention> mentions(List<Candidate> candidates) {
        Map<String, String> declared = declaredAliases(candidates);
        List<Mention> found = resolved(candidates, declared);
        addDeclaredAliases(declared, found);
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return found;
    }

    /** "X医院（以下简称“X一医”）": each alias the document declares, and the name it stands for. */
    private Map<String, String> declaredAliases(List<Candidate> candidates) {
        Map<String, String> declared = new HashMap<>();
        for (Candidate c : candidates) {
            Cancellation.check();
            Matcher m = DECLARED_ALIAS.matcher(text.substring(c.end(), Math.min(text.length(), c.end() + 30)));
            if (m.find()) {
                declared.put(m.group("alias"), resolve(c));
            }
        }
        return declared;
    }

    /** Each candidate that names a hospital, resolved to its full name (or the name its declared alias stands for). */
    private List<Mention> resolved(List<Candidate> candidates, Map<String, String> declared) {
        List<Mention> found = new ArrayList<>();
        for (Candidate c : candidates) {
            Cancellation.check();
            Candidate trimmed = trimToKnownTail(c, fullNames);
            if (trimmed == null) {
                continue;
            }
            String name = declared.getOrDefault(trimmed.surface(), resolve(trimmed));
            found.add(new Mention(trimmed.start(), trimmed.end(), trimmed.surface(), name, c.group()));
        }
        return found;
    }

    /** A declared alias written where no candidate covers it names its hospital too. */
    private void addDeclaredAliases(Map<String, String> declared, List<Mention> found) {
        PhraseMatcher<String> aliases = new PhraseMatcher<>();
        declared.forEach(aliases::add);
        for (PhraseMatcher.Match<String> m : aliases.findAll(text)) {
            boolean covered = found.stream().anyMatch(x -> x.start() < m.end() && m.start() < x.end());
            if (!covered) {
                found.add(new Mention(m.start(), m.end(), m.phrase(), m.value(), HospitalNames.isGroup(m.value())));
            }
        }
    }

    /**
     * An unanchored mention stands for a full name of the document it ends like (随着中心医院 → 中心医院 → 南阳市中心医院);
     * otherwise it must be a name by itself (an abbreviation such as 市妇幼保健院, or one carrying a name marker), or
     * it is dropped (推进医院, 目前医院).
     */
    private static Candidate trimToKnownTail(Candidate c, List<String> fullNames) {
        if (c.anchored() || fullNames.contains(c.surface())) {
            return c;
        }
        String suffix = suffixOf(c.surface());
        for (int cut = 0; cut <= c.surface().length() - 4; cut++) {
            String tail = c.surface().substring(cut);
            String core = tail.substring(0, tail.length() - suffix.length());
            if (core.isEmpty() || HospitalNames.isGeneric(core)) {
                break;
            }
            if (uniqueEndingWith(tail, fullNames) != null) {
                return new Candidate(
                        c.start() + cut,
                        c.end(),
                        tail,
                        false,
                        tail.equals(c.surface()) && c.abbreviated(),
                        c.group(),
                        true);
            }
        }
        return c.named() ? c : null;
    }

    private static String suffixOf(String name) {
        Matcher m = HospitalNames.SUFFIX.matcher(name);
        String last = "";
        while (m.find()) {
            if (m.end() == name.length()) {
                last = m.group();
            }
        }
        return last;
    }

    /** The full name {@code c} stands for in this document; as written when none is known. */
    private String resolve(Candidate c) {
        String surface = c.surface();
        Optional<HospitalNames.OrdinalKey> ordinal = HospitalNames.ordinalShortForm(surface);
        if (ordinal.isPresent()) {
            return NumberedNames.resolveOrdinal(ordinal.get(), fullNames, divisions)
                    .orElse(surface);
        }
        if (c.group()) {
            // 市中心医院医疗集团 → the lead's full name + the group word
            int split = surface.indexOf("医院");
            if (split > 0 && split + 2 < surface.length()) {
                String lead = surface.substring(0, split + 2);
                String rest = surface.substring(split + 2);
                Candidate leadCandidate = new Candidate(
                        c.start(), c.start() + lead.length(), lead, c.anchored(), c.abbreviated(), false, true);
                return resolve(leadCandidate) + rest;
            }
        }
        Optional<String> university = UniversityShortForms.expand(surface, fullNames, withoutSchool);
        if (university.isPresent()) {
            return university.get(); // 南大一附院 → 南昌大学第一附属医院, when the document writes it
        }
        String placeInFull = withPlacesFullName(surface);
        if (placeInFull != null) {
            return placeInFull; // 会同人民医院 → 会同县人民医院, when the document writes it
        }
        String withInnerPlaces = withInnerPlacesFullName(surface);
        if (withInnerPlaces != null) {
            return withInnerPlaces; // 徐州翠屏山社区卫生服务中心 → 徐州市云龙区翠屏山社区卫生服务中心
        }
        String township = TownshipCentreNames.fullNameWithTownship(surface, fullNames);
        if (township != null) {
            return township; // 西店卫生院 → 西店镇卫生院, when the document writes it
        }
        String unique = uniqueEndingWith(surface, fullNames);
        if (unique != null && !unique.equals(surface)) {
            return HospitalNames.expandAffiliated(unique);
        }
        if (c.abbreviated()) {
            Optional<String> numbered = NumberedNames.numberedOfLevel(surface, fullNames);
            if (numbered.isPresent()) {
                return numbered.get(); // 县二医院 → 金堂县第二人民医院, the one of the text
            }
            char level = surface.charAt(0);
            if (level == '市' && places.city() != null) {
                return places.city() + surface.substring(1);
            }
            if (level == '省' && places.province() != null && places.province().endsWith("省")) {
                return places.province() + surface.substring(1); // 省肿瘤医院 → 吉林省肿瘤医院
            }
            if ((level == '区' || level == '县')
                    && places.county() != null
                    && places.county().charAt(places.county().length() - 1) == level) {
                return places.county() + surface.substring(1);
            }
        }
        return HospitalNames.expandAffiliated(surface);
    }

    /**
     * A name that opens with its place's name without the suffix (会同, 邹城, 湖南) stands for the one the document writes with
     * the suffix (会同县人民医院, 邹城市中医院, 湖南省人民医院); null when the document writes no such name.
     */
    private String withPlacesFullName(String surface) {
        for (int k = 2; k <= 3 && k < surface.length() - 2; k++) {
            String bare = surface.substring(0, k);
            for (String suffix : PLACE_SUFFIXES) {
                String full = bare + suffix + surface.substring(k);
                if (fullNames.contains(full) && !divisions.byName(bare + suffix).isEmpty()) {
                    return full;
                }
            }
        }
        return null;
    }

    private static final List<String> PLACE_SUFFIXES = List.of("县", "市", "区", "旗", "省");

    private static final int MIN_WITH_INNER_PLACES = 6;

    /** Cores that many places' hospitals share (人民医院, 第二人民医院, 中医院): a place must tell them apart. */
    private static final Pattern SHARED_CORE = Pattern.compile(
            "^(?:第[一二三四五六七八九十]{1,2})?(?:人民|中医|中西医结合|妇幼|妇幼保健|妇女儿童|精神病|精神|传染病|肿瘤|儿童|口腔|骨科|中心|康复|眼科|皮肤病|结核病|职业病|第[一二三四五六七八九十]{1,2})?$");

    /** The places a full name adds between the short name's place and the shared part: 市云龙区 in 徐州市云龙区…. */
    private static final Pattern INNER_PLACES =
            Pattern.compile("^[市县区旗]?(?:[\\u4e00-\\u9fa5]{1,4}?[区县市旗镇乡]|[\\u4e00-\\u9fa5]{1,4}?街道){1,2}$");

    /**
     * A township's or community's centre written with fewer of its places (徐州翠屏山社区卫生服务中心) stands for the one
     * full name the document writes with more (徐州市云龙区翠屏山社区卫生服务中心): both open with the same place and end
     * with the same proper core (翠屏山…). Not for hospitals: a city's 徐州妇产医院 and a district's 徐州市铜山区妇产医院
     * are two. Null when no such name, or several.
     */
    private String withInnerPlacesFullName(String surface) {
        if (surface.length() < MIN_WITH_INNER_PLACES || !"基层".equals(HospitalNames.categoryOf(surface))) {
            return null; // a place and a proper core at least (徐州 + 翠屏山…), of a grassroots institution
        }
        String found = null;
        String tail = surface.substring(surface.length() - 4);
        for (String f : fullNames) {
            if (f.length() <= surface.length() || !f.endsWith(tail)) {
                continue;
            }
            int common = 0;
            while (common < surface.length()
                    && surface.charAt(surface.length() - 1 - common) == f.charAt(f.length() - 1 - common)) {
                common++;
            }
            String core = surface.substring(surface.length() - common);
            String shortPlace = surface.substring(0, surface.length() - common);
            String inner = f.substring(shortPlace.length(), f.length() - common);
            String suffix = suffixOf(core);
            if (shortPlace.length() < 2
                    || !f.startsWith(shortPlace)
                    || SHARED_CORE
                            .matcher(core.substring(0, core.length() - suffix.length()))
                            .matches()
                    || !INNER_PLACES.matcher(inner).matches()
                    || (divisions.byName(shortPlace).isEmpty()
                            && divisions.byName(shortPlace + "市").isEmpty())) {
                continue;
            }
            if (found != null && !found.equals(f)) {
                return null;
            }
            found = f;
        }
        return found;
    }

    /**
     * The one full name ending with {@code tail}; names that end one another (附属龙华医院, 上海中医药大学附属龙华医院) are
     * one hospital written shorter and longer, the longest standing for it. Null when none or several.
     */
    private static String uniqueEndingWith(String tail, List<String> fullNames) {
        String found = null;
        for (String f : fullNames) {
            if (f.length() > tail.length() && f.endsWith(tail)) {
                if (found != null && !found.endsWith(f) && !f.endsWith(found)) {
                    return null;
                }
                found = found == null || f.length() > found.length() ? f : found;
            }
        }
        return found;
    }
}
