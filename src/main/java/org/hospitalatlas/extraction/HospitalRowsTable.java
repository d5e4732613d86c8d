package org.hospitalatlas.extraction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A statistics table flattened to text with one row per hospital, as health bureaus publish them ("序号 机构名称 出院人数
 * 病床使用率(%) 出院者平均住院日 …", then "1 X医院 9,294 87.5 4.5 …"). A row's figures are read against the header's
 * labels by position, and only when the header splits into exactly as many labels as every row has figures: a label
 * PDF extraction broke over lines (a line ending in a space goes on in the next) is joined first. A label counts when
 * it is a catalogue indicator's word, at most after a qualifier of the same measure (出院者平均住院日), so 出院病人病死率
 * or 出院者日均医药费 are not read as discharges.
 */
final class HospitalRowsTable {

    private static final Pattern ROW = Pattern.compile(
            "^[ \\t\\u3000]*(?<n>[0-9]{1,3})[ \\t\\u3000]+(?<name>[^\\s0-9]{3,40})(?<values>(?:[ \\t\\u3000]+-?[0-9][0-9,]*(?:\\.[0-9]+)?%?){3,})[ \\t\\u3000]*$",
            Pattern.MULTILINE);
    private static final Pattern HEADER_START = Pattern.compile("序号|机构名称|单位名称|医院名称|医疗机构");
    private static final Pattern HEADER_WORDS = Pattern.compile("^(?:序号|机构名称|单位名称|医院名称|医疗机构名称|医疗机构|单位)$");
    private static final Pattern BRACKETS = Pattern.compile("[（(][^）)]*[）)]");
    /** Words before an indicator's name that keep its measure: 出院者平均住院日 is the average stay. */
    private static final Pattern SAME_MEASURE_PREFIX = Pattern.compile("^(?:出院者|出院病人|出院患者|实际|全年|年度|总)?$");

    private static final int MAX_HEADER_LINES = 40;

    private HospitalRowsTable() {}

    static List<IndicatorFact> read(
            String text, IndicatorVocabulary catalogue, HospitalDirectory directory, YearResolver years) {
        List<IndicatorFact> out = new ArrayList<>();
        Matcher row = ROW.matcher(text);
        List<Row> rows = new ArrayList<>();
        while (row.find()) {
            Cancellation.check();
            String[] values = row.group("values").strip().split("[ \\t\\u3000]+");
            HospitalDirectory.Mention hospital = directory.mentionsIn(row.start("name"), row.end("name")).stream()
                    .filter(m -> !m.group() && m.start() == row.start("name") && m.end() == row.end("name"))
                    .findFirst()
                    .orElse(null);
            if (hospital != null) {
                rows.add(new Row(row.start(), row.end(), hospital, values));
            }
        }
        if (rows.isEmpty()) {
            return out;
        }
        int columns = rows.get(0).values().length;
        if (rows.stream().anyMatch(r -> r.values().length != columns)) {
            return out;
        }
        List<String> labels = labels(text, rows.get(0).start(), columns);
        if (labels == null) {
            return out;
        }
        Integer year = years.firstYearIn(0, PilotListReader.firstLine(text).length());
        if (year == null) {
            year = years.resolve(rows.get(0).start());
        }
        for (int c = 0; c < columns; c++) {
            String code = codeOf(labels.get(c), catalogue);
            if (code == null) {
                continue;
            }
            for (Row r : rows) {
                BigDecimal value = number(r.values()[c]);
                if (value == null) {
                    continue;
                }
                out.add(new IndicatorFact(
                        r.hospital().name(),
                        code,
                        year,
                        "level",
                        value,
                        catalogue.unitOf(code),
                        "exact",
                        false,
                        Evidence.of(text, r.start() + leadingSpace(text, r.start()), r.end()),
                        0.7));
            }
        }
        return out;
    }

    private record Row(int start, int end, HospitalDirectory.Mention hospital, String[] values) {}

    /** The header's labels after 序号 and 机构名称, or null when they do not split into {@code columns} labels. */
    private static List<String> labels(String text, int firstRow, int columns) {
        List<String> lines = new ArrayList<>();
        int end = firstRow;
        while (end > 0 && lines.size() < MAX_HEADER_LINES) {
            int start = text.lastIndexOf('\n', end - 2) + 1;
            String line = text.substring(start, Math.max(start, end - 1));
            lines.add(0, line);
            if (HEADER_START.matcher(line).find()) {
                break;
            }
            end = start;
            if (start == 0) {
                return null;
            }
        }
        if (lines.isEmpty() || !HEADER_START.matcher(lines.get(0)).find()) {
            return null;
        }
        // a line that ends in a space goes on in the next: "出院病人 \n病死率(%)" is one label
        StringBuilder joined = new StringBuilder();
        for (String line : lines) {
            boolean continues = !line.isEmpty() && Character.isWhitespace(line.charAt(line.length() - 1));
            joined.append(line.strip()).append(continues ? "" : " ");
        }
        List<String> byLayout = tokens(joined.toString());
        if (byLayout.size() == columns) {
            return byLayout;
        }
        List<String> bySpace = tokens(String.join(" ", lines));
        return bySpace.size() == columns ? bySpace : null;
    }

    private static List<String> tokens(String header) {
        List<String> out = new ArrayList<>();
        for (String t : header.strip().split("[\\s\\u3000]+")) {
            if (!t.isEmpty() && !HEADER_WORDS.matcher(t).matches()) {
                out.add(t);
            }
        }
        return out;
    }

    /** The indicator a label names, or null: the label must end with the indicator's word. */
    private static String codeOf(String label, IndicatorVocabulary catalogue) {
        String core = BRACKETS.matcher(label).replaceAll("");
        for (int i = 0; i < core.length(); i++) {
            PhraseMatcher.Match<String> alias = catalogue.aliasAt(core, i);
            if (alias != null
                    && alias.end() == core.length()
                    && !alias.value().startsWith("!")
                    && SAME_MEASURE_PREFIX.matcher(core.substring(0, i)).matches()) {
                boolean percentLabel = label.contains("%") || core.endsWith("率");
                boolean percentCode = "percent".equals(catalogue.unitOf(alias.value()));
                return percentLabel == percentCode ? alias.value() : null;
            }
        }
        return null;
    }

    private static BigDecimal number(String cell) {
        String digits = cell.replace(",", "").replace("%", "");
        try {
            return ChineseNumberParser.normalize(new BigDecimal(digits));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static int leadingSpace(String text, int start) {
        int i = start;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '\u3000')) {
            i++;
        }
        return i - start;
    }
}
