package org.hospitalatlas.extraction;

import static org.hospitalatlas.extraction.ConsortiumRecords.nameIn;
import static org.hospitalatlas.extraction.ConsortiumRecords.record;
import static org.hospitalatlas.extraction.ConsortiumRecords.typeOf;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The people who sign for their hospitals ("A院长张三与B院长李四、C院长王五分别代表双方签署医联体协议", "A党委书记张三、B院长
 * 李四代表双方签约"): a name and title after each hospital break its list for the other readers, so the hospitals are read
 * here as the parties of the signing. The one the names say is the largest ({@link BilateralSigning#tier}) leads; when
 * none is larger than all the others no lead is read and nothing is recorded.
 */
final class SignerReader {

    private static final String TITLE = "(?:党委书记|党委副书记|党总支书记|书记|总院长|执行院长|常务副院长|副院长|院长|理事长|主任|负责人)";

    /** What may stand between two signing hospitals: the first one's signer, then 与, 同, 和 or 、. */
    private static final Pattern BETWEEN = Pattern.compile("(?<signer>(?:" + TITLE
            + "[、和]?){1,3}[\\u4e00-\\u9fa5·]{2,4}?(?:同志)?)?[，,]?\\s*(?:分别|共同)?(?<with>[与同])?[、和及]?");

    /** After the last hospital: its signer, then the signing itself ("分别代表双方签署", "代表各自单位签约"). */
    private static final Pattern SIGNS =
            Pattern.compile("^(?<signer>(?:" + TITLE + "[、和]?){1,3}[\\u4e00-\\u9fa5·]{2,4}?(?:同志)?)?"
                    + "[，,]?\\s*(?:分别|共同|一起)?(?:代表[^，,。；;]{0,8}?)?"
                    // "分别代表各自单位在成立医疗联合体协作医院合约上郑重签名"
                    + "(?:在[^，,。；;]{0,24}?(?:合约|协议书|协议|合同)上)?(?:郑重|正式)?"
                    + "(?:签署|签订|签约|签字|签名|进行签约|现场签约)");

    private static final Pattern CONSORTIUM = Pattern.compile("医联体|医共体|医疗集团|专科联盟|联盟|联合体|协作|托管|共同体");

    private SignerReader() {}

    /** Records the consortium whose parties sign through their heads in sentence {@code span}, if it names one. */
    static void signers(
            String text,
            TextSegmenter.Span span,
            String s,
            List<HospitalDirectory.Mention> mentions,
            Map<String, ConsortiumFact> byName) {
        if (mentions.size() < 2 || !s.contains("签") || !containsTitle(s)) {
            return;
        }
        for (int first = 0; first < mentions.size() - 1; first++) {
            List<HospitalDirectory.Mention> parties = new ArrayList<>(List.of(mentions.get(first)));
            boolean titled = false;
            int k = first;
            while (k + 1 < mentions.size()) {
                HospitalDirectory.Mention here = mentions.get(k);
                HospitalDirectory.Mention next = mentions.get(k + 1);
                if (next.start() < here.end()) {
                    break;
                }
                var between = BETWEEN.matcher(text.substring(here.end(), next.start()));
                if (!between.matches() || between.end() == 0) {
                    break;
                }
                titled |= between.group("signer") != null;
                parties.add(next);
                k++;
            }
            HospitalDirectory.Mention last = mentions.get(k);
            String after = text.substring(last.end(), span.end());
            var signs = SIGNS.matcher(after);
            if (parties.size() >= 2
                    && signs.lookingAt()
                    && (titled || signs.group("signer") != null)
                    && CONSORTIUM.matcher(after.substring(signs.end())).find()) {
                recordParties(text, span, s, mentions, parties, byName);
                return;
            }
            first = k;
        }
    }

    private static void recordParties(
            String text,
            TextSegmenter.Span span,
            String s,
            List<HospitalDirectory.Mention> mentions,
            List<HospitalDirectory.Mention> parties,
            Map<String, ConsortiumFact> byName) {
        List<String> names =
                parties.stream().map(HospitalDirectory.Mention::name).distinct().toList();
        String lead = null;
        int top = -1;
        boolean tie = false;
        for (String name : names) {
            int tier = BilateralSigning.tier(name);
            if (tier > top) {
                top = tier;
                lead = name;
                tie = false;
            } else if (tier == top) {
                tie = true;
            }
        }
        if (tie || names.size() < 2) {
            return;
        }
        String theLead = lead;
        List<String> members = names.stream().filter(n -> !n.equals(theLead)).toList();
        Evidence evidence = Evidence.of(text, span.start(), span.end());
        record(byName, nameIn(s, mentions, span, text), typeOf(s), lead, members, null, evidence, 0.6);
    }

    private static boolean containsTitle(String s) {
        return s.contains("院长") || s.contains("书记") || s.contains("主任") || s.contains("理事长") || s.contains("负责人");
    }
}
