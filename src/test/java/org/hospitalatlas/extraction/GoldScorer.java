package org.hospitalatlas.extraction;

import static org.hospitalatlas.extraction.PythonJson.list;
import static org.hospitalatlas.extraction.PythonJson.number;
import static org.hospitalatlas.extraction.PythonJson.text;
import static org.hospitalatlas.extraction.PythonJson.truthy;
import static org.hospitalatlas.extraction.PythonJson.value;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * A line-for-line port of {@code eval/score.py}: the same tp/pred/gold counts for the same gold and prediction JSON
 * (the extract CLI's shape). Gold and predictions stay JSON trees so that nulls, missing fields and defaults behave as
 * in Python; {@code GoldScorerTest} checks it against score.py itself.
 */
final class GoldScorer {

    /** The fact types in score.py's order. */
    static final List<String> TYPES = List.of("hospitals", "indicators", "pilots", "memberships");

    private static final Pattern CODE_LINE = Pattern.compile("^([a-z0-9_]+) \\|", Pattern.MULTILINE);
    private static final String DROPPED_CHARACTERS = "（）()“”\"'·";

    record Counts(int tp, int pred, int gold) {

        static final Counts ZERO = new Counts(0, 0, 0);

        Counts plus(Counts other) {
            return new Counts(tp + other.tp, pred + other.pred, gold + other.gold);
        }

        double precision() {
            return pred == 0 ? (gold == 0 ? 1.0 : 0.0) : (double) tp / pred;
        }

        double recall() {
            return gold == 0 ? 1.0 : (double) tp / gold;
        }

        double f1() {
            double p = precision(), r = recall();
            return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
        }
    }

    private final Set<String> codes;

    GoldScorer(Set<String> codes) {
        this.codes = Set.copyOf(codes);
    }

    /** The codes score.py reads from indicator-codes.md (its regular expression, header line included). */
    static GoldScorer withCodesFrom(Path indicatorCodes) throws IOException {
        Set<String> codes = new HashSet<>();
        Matcher m = CODE_LINE.matcher(Files.readString(indicatorCodes));
        while (m.find()) {
            codes.add(m.group(1));
        }
        return new GoldScorer(codes);
    }

    /** score_doc: tp, pred and gold per type, in {@link #TYPES} order. */
    Map<String, Counts> score(JsonNode gold, JsonNode pred) {
        Resolver resolve = new Resolver(gold);
        List<JsonNode> predHospitals = list(pred.path("hospitals"));
        Map<String, Counts> out = new LinkedHashMap<>();

        Set<String> g = new HashSet<>();
        list(gold.path("hospitals")).forEach(h -> g.add(norm(text(h.path("name")))));
        Set<String> p = new HashSet<>();
        predHospitals.forEach(h -> p.add(resolve.apply(h.path("name"), predHospitals)));
        out.put("hospitals", new Counts(intersection(g, p), p.size(), g.size()));

        out.put("indicators", indicators(gold, pred, resolve, predHospitals));
        out.put("pilots", pilots(gold, pred, resolve, predHospitals));
        out.put("memberships", memberships(gold, pred, resolve, predHospitals));
        return out;
    }

    private Counts indicators(JsonNode gold, JsonNode pred, Resolver resolve, List<JsonNode> predHospitals) {
        List<JsonNode> gi = list(gold.path("indicators"));
        List<JsonNode> px = new ArrayList<>();
        for (JsonNode x : list(pred.path("indicators"))) {
            if (x.path("code").isString()
                    && codes.contains(x.path("code").stringValue())
                    && !truthy(x.path("target"))) {
                px.add(x);
            }
        }
        List<JsonNode> ambiguous = list(gold.path("ambiguous"));
        Set<Integer> used = new HashSet<>();
        int tp = 0, dropped = 0;
        for (JsonNode x : px) {
            String hospital = resolve.apply(x.path("hospital"), predHospitals);
            boolean hit = false;
            for (int i = 0; i < gi.size(); i++) {
                JsonNode gg = gi.get(i);
                Object goldYear = value(gg.path("year"));
                boolean sameYear = goldYear == null || goldYear.equals(value(x.path("year")));
                if (!used.contains(i)
                        && resolve.apply(gg.path("hospital")).equals(hospital)
                        && Objects.equals(value(gg.path("code")), value(x.path("code")))
                        && Objects.equals(kind(gg), kind(x))
                        && sameYear
                        && close(gg.path("value"), x.path("value"))) {
                    used.add(i);
                    tp++;
                    hit = true;
                    break;
                }
            }
            if (!hit && matchesAmbiguous(x, ambiguous)) {
                dropped++;
            }
        }
        return new Counts(tp, px.size() - dropped, gi.size());
    }

    /** A prediction matching a gold 'ambiguous' item is neither rewarded nor penalised. */
    private static boolean matchesAmbiguous(JsonNode x, List<JsonNode> ambiguous) {
        for (JsonNode a : ambiguous) {
            JsonNode c = a.path("candidate");
            if (truthy(c)) { // a stated candidate excuses that reading only
                if (Objects.equals(value(c.path("code")), value(x.path("code")))
                        && close(c.path("value"), x.path("value"))) {
                    return true;
                }
                continue;
            }
            String aq = norm(text(a.path("quote"))), xq = norm(text(x.path("quote")));
            if (!aq.isEmpty() && !xq.isEmpty() && (aq.contains(xq) || xq.contains(aq))) {
                return true;
            }
        }
        return false;
    }

    private static Counts pilots(JsonNode gold, JsonNode pred, Resolver resolve, List<JsonNode> predHospitals) {
        List<JsonNode> gp = list(gold.path("pilots"));
        List<JsonNode> pp = list(pred.path("pilots"));
        Set<Integer> used = new HashSet<>();
        int tp = 0;
        for (JsonNode q : pp) {
            for (int i = 0; i < gp.size(); i++) {
                if (used.contains(i)) {
                    continue;
                }
                JsonNode gg = gp.get(i);
                Object goldYear = value(gg.path("year"));
                boolean yearOk = goldYear == null || goldYear.equals(value(q.path("year")));
                boolean sameKind = (truthy(gg.path("category"))
                                && value(gg.path("category")).equals(value(q.path("category"))))
                        || similarity(text(gg.path("name")), text(q.path("name"))) >= 0.6;
                if (resolve.apply(gg.path("hospital")).equals(resolve.apply(q.path("hospital"), predHospitals))
                        && yearOk
                        && sameKind) {
                    used.add(i);
                    tp++;
                    break;
                }
            }
        }
        return new Counts(tp, pp.size(), gp.size());
    }

    private record Pair(String lead, String member) implements Comparable<Pair> {
        @Override
        public int compareTo(Pair o) {
            int c = lead.compareTo(o.lead);
            return c != 0 ? c : member.compareTo(o.member);
        }
    }

    private static Counts memberships(JsonNode gold, JsonNode pred, Resolver resolve, List<JsonNode> predHospitals) {
        Set<Pair> g = pairs(gold.path("consortia"), n -> resolve.apply(n));
        Set<Pair> p = pairs(pred.path("consortia"), n -> resolve.apply(n, predHospitals));
        int tp = intersection(g, p);
        // gold consortia with no single lead (co-leads, a university): a member counts under any lead
        List<String> openMembers = new ArrayList<>();
        for (Pair pair : g) {
            if (!p.contains(pair) && pair.lead().isEmpty()) {
                openMembers.add(pair.member());
            }
        }
        TreeSet<Pair> extra = new TreeSet<>(p);
        extra.removeAll(g);
        for (Pair pair : extra) {
            if (openMembers.remove(pair.member())) {
                tp++;
            }
        }
        return new Counts(tp, p.size(), g.size());
    }

    private static Set<Pair> pairs(JsonNode consortia, Function<JsonNode, String> resolve) {
        Set<Pair> pairs = new HashSet<>();
        for (JsonNode c : list(consortia)) {
            String lead = resolve.apply(c.path("lead"));
            for (JsonNode m : list(c.path("members"))) {
                JsonNode name = m.isObject() ? (truthy(m.path("hospital")) ? m.path("hospital") : m.path("name")) : m;
                String member = resolve.apply(name);
                if (!member.equals(lead)) {
                    pairs.add(new Pair(lead, member));
                }
            }
        }
        return pairs;
    }

    /** Maps any hospital mention to a canonical gold hospital name (score.py's Resolver). */
    private static final class Resolver {

        private final Map<String, String> canonical = new HashMap<>();

        Resolver(JsonNode gold) {
            for (JsonNode h : list(gold.path("hospitals"))) {
                String name = norm(text(h.path("name")));
                canonical.put(name, name);
                for (JsonNode alias : list(h.path("aliases"))) {
                    canonical.putIfAbsent(norm(text(alias)), name);
                }
            }
        }

        String apply(JsonNode name) {
            return apply(name, List.of());
        }

        String apply(JsonNode name, List<JsonNode> predHospitals) {
            String n = norm(name.isObject() ? text(name.path("name")) : text(name));
            if (canonical.containsKey(n)) {
                return canonical.get(n);
            }
            for (JsonNode ph : predHospitals) { // the predictor's own aliases
                List<String> names = new ArrayList<>();
                names.add(norm(text(ph.path("name"))));
                list(ph.path("aliases")).forEach(a -> names.add(norm(text(a))));
                if (names.contains(n)) {
                    for (String x : names) {
                        if (canonical.containsKey(x)) {
                            return canonical.get(x);
                        }
                    }
                }
            }
            return n;
        }
    }

    /** NFKC, then without whitespace, brackets, quotes and the middle dot. */
    static String norm(String s) {
        StringBuilder out = new StringBuilder();
        Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKC)
                .codePoints()
                .forEach(c -> {
                    if (!pythonWhitespace(c) && DROPPED_CHARACTERS.indexOf(c) < 0) {
                        out.appendCodePoint(c);
                    }
                });
        return out.toString();
    }

    /** Python's str.isspace, which its re module's \s follows. */
    private static boolean pythonWhitespace(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == 0x85;
    }

    /** Within 0.5 % of the larger value (at least 1e-6); false when either is not a number. */
    static boolean close(JsonNode a, JsonNode b) {
        Double x = number(a), y = number(b);
        if (x == null || y == null) {
            return false;
        }
        return Math.abs(x - y) <= Math.max(1e-6, 0.005 * Math.max(Math.abs(x), Math.abs(y)));
    }

    /** Jaccard similarity of the two names' character sets. */
    static double similarity(String a, String b) {
        Set<Integer> x = new HashSet<>(), y = new HashSet<>();
        norm(a).codePoints().forEach(x::add);
        norm(b).codePoints().forEach(y::add);
        Set<Integer> union = new HashSet<>(x);
        union.addAll(y);
        return (double) intersection(x, y) / Math.max(1, union.size());
    }

    private static String kind(JsonNode indicator) {
        JsonNode kind = indicator.path("kind");
        return kind.isMissingNode() ? "level" : text(kind);
    }

    private static <T> int intersection(Set<T> a, Set<T> b) {
        int n = 0;
        for (T x : a) {
            if (b.contains(x)) {
                n++;
            }
        }
        return n;
    }
}
