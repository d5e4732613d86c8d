package org.hospitalatlas.extraction;

import static org.hospitalatlas.extraction.ConsortiumRecords.CONSORTIUM_WORD_STARTS;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads who leads and who belongs to a consortium from the role words around the hospitals a sentence names, the
 * way real reports state them: "由A为总医院", "以A为龙头", "A牵头", "B、C和D为成员单位", "成员单位包括B、C", "B、C等N家医院加入",
 * "B与A签订…联盟协议", "A与B建立紧密型医联体", "A加入B…联盟", branch plaques hung at B、C (分院揭牌), and a hospital
 * described as "L医联体成员单位、X联盟理事单位". Members named in one sentence and the lead in another (of the same
 * document) are joined when the document names a single lead. Adds to what {@link ConsortiumExtractor} found: the
 * members of a consortium it already has (same lead and type) are merged into it. Each family of wording has its
 * reader ({@link PlaqueReader}, {@link BranchReader}, {@link PartnerReader}, {@link TakeOverReader},
 * {@link SubjectMembershipReader}, {@link TierListReader}, {@link FoundingMeetingReader}, {@link HeadingListReader},
 * {@link RoleWordReader}), all recording through {@link ConsortiumRecords}; this class runs them in order.
 */
final class ConsortiumRoleReader {

    /** Plans and calls are not consortia: "鼓励…组建", "将…加入". */
    private static final Pattern PLANNED =
            Pattern.compile("计划(?!生育)|拟|力争|鼓励|" + PlanWords.SUPPORT + "|争取|推动各|要求|应当|可以|将由");

    private final AdministrativeDivisions divisions;

    ConsortiumRoleReader(AdministrativeDivisions divisions) {
        this.divisions = divisions;
    }

    /**
     * Reads the document sentence by sentence, each family of wording in turn, then what needs the whole document. The
     * order of the steps is part of the rules: the first reading of a consortium gives its name, type and quote.
     */
    List<ConsortiumFact> addTo(
            List<ConsortiumFact> found,
            String text,
            TextSegmenter segments,
            YearResolver years,
            HospitalDirectory directory) {
        Map<String, ConsortiumFact> byName = new LinkedHashMap<>();
        found.forEach(c -> byName.put(c.name(), c));
        RoleWordReader roleWords = new RoleWordReader(found);
        FoundingMeetingReader meetings = new FoundingMeetingReader();
        TierListReader tiers = new TierListReader();
        // the hospitals a plaque may name before a member's own name, once per document
        List<String> hospitals = directory.mentions().stream()
                .filter(x -> !x.group() && x.name().endsWith("医院"))
                .map(HospitalDirectory.Mention::name)
                .distinct()
                .toList();
        List<TextSegmenter.Span> joining = new ArrayList<>();
        for (TextSegmenter.Span span : segments.sentences()) {
            Cancellation.check();
            String s = text.substring(span.start(), span.end());
            if (LeaderlessAllianceReader.mayJoin(s)) {
                joining.add(span); // read once the document's led memberships are known
            }
            // a founding meeting ("“X联盟”成立大会"), whose attendees the next sentence may count in
            meetings.read(text, span, s, directory);
            // plaques unveiled at a host, hung by a partner, or naming an institution after its lead
            PlaqueReader.plaqueAtHost(text, span, s, directory, byName);
            PlaqueReader.hangsPartnersPlaque(text, span, s, directory, byName);
            PlaqueReader.plaquesNamedAfterTheLead(text, span, s, directory, hospitals, byName);
            // a hospital that becomes a branch named after another ("B正式成为P浔阳院区")
            BranchReader.becomesBranch(text, span, directory, byName);
            // a consortium's signing ceremony held at its new member
            CeremonyReader.ceremonyAtHost(text, span, s, directory, byName);
            // a consortium described tier by tier ("1家三级医院，L；7家…：A、B")
            tiers.read(text, segments, span, s, directory, byName);
            if (!CONSORTIUM_WORD_STARTS.foundIn(s)) {
                // "包括A、B、C在内的13家医院…出席": the members of the founding meeting just read
                meetings.attendees(text, span, directory, byName);
                continue;
            }
            consortiumSentence(text, span, s, years, directory, roleWords, byName);
        }
        // branches named after their parent and place ("北京大学人民医院石家庄医院")
        BranchReader.branches(text, directory, divisions, byName);
        // members listed under a heading, then members read without their lead, now that the document's leads are known
        HeadingListReader.listedUnderHeading(text, segments, directory, roleWords.knownLeads(), byName);
        roleWords.leadPending(directory, byName);
        // a hospital joins an alliance no hospital leads, unless the document names its lead elsewhere
        for (TextSegmenter.Span span : joining) {
            LeaderlessAllianceReader.joins(text, span, text.substring(span.start(), span.end()), directory, byName);
        }
        List<ConsortiumFact> out = new ArrayList<>(byName.values());
        out.sort((a, b) -> Integer.compare(a.evidence().start(), b.evidence().start()));
        return out;
    }

    /** A sentence with a consortium word (not a plan): the readers of its wordings, in turn. */
    private static void consortiumSentence(
            String text,
            TextSegmenter.Span span,
            String s,
            YearResolver years,
            HospitalDirectory directory,
            RoleWordReader roleWords,
            Map<String, ConsortiumFact> byName) {
        List<HospitalDirectory.Mention> mentions = withOwnHospital(
                text,
                span,
                directory.mentionsIn(span.start(), span.end()).stream()
                        .filter(m -> !m.group())
                        .toList(),
                directory);
        int firstName = mentions.isEmpty() ? span.end() : mentions.get(0).start();
        if (PLANNED.matcher(text.substring(span.start(), firstName)).find()) {
            return; // "鼓励三级医院牵头组建…": a call or a plan, not a consortium
        }
        // "A托管B，C托管D": pairs one by one, read as pairs and by no other reader
        if (ChainedPairs.read(text, s, mentions, byName)) {
            return;
        }
        // the subject's own memberships ("X是…L医联体成员单位", "纳入浙医二院医疗集团")
        SubjectMembershipReader.subjectMemberships(text, span, s, directory, byName);
        SubjectMembershipReader.joinsNamedGroup(text, span, s, directory, byName);
        // take-overs of or by the subject ("2009年整体托管洛川县医院", "由上海市第一人民医院托管")
        TakeOverReader.takesOverUnnamedSubject(text, span, s, directory, byName);
        TakeOverReader.takenOverBy(text, span, s, directory, byName);
        TakeOverReader.entrustedByTitle(text, span, s, directory, byName);
        // a group's plaque given to a member ("向B授牌“L医疗集团资阳医院”")
        PlaqueReader.plaques(text, span, s, directory, byName);
        // a branch among the subject's descriptions ("是…、贵州省人民医院分院、…")
        BranchReader.branchOf(text, span, mentions, directory, byName);
        // the sentence's lists of names, read once for the readers below
        List<List<HospitalDirectory.Mention>> runs = SentenceRoles.runs(text, mentions, SentenceRoles.LIST_GAP);
        // a member of each partner: several larger hospitals, a profile's titles
        PartnerReader.joinsSeveralLargerOnes(text, span, s, runs, years, byName);
        PartnerReader.partnerOfEach(text, span, s, runs, directory, byName);
        // a branch with its own name in brackets or its role in them, a dashed pair, member plaques for a list
        BranchReader.bracketed(text, span, s, mentions, byName);
        PartnerReader.dashedPair(text, span, s, mentions, byName);
        PlaqueReader.plaquesForMembers(text, span, s, mentions, runs, byName);
        // the hospitals of the people who sign for them ("A院长张三与B院长李四…代表双方签署")
        SignerReader.signers(text, span, s, mentions, byName);
        // the role words around the lists: leads, members, co-leads
        roleWords.read(text, span, s, mentions, runs, years, byName);
    }

    /** Whether {@code own} is among the names listed right after 我院与 (joined by 、, 和, 及). */
    private static boolean listedRightAfter(
            String text, List<HospitalDirectory.Mention> mentions, int end, String own) {
        int at = end;
        boolean first = true;
        for (HospitalDirectory.Mention x : mentions) {
            if (x.start() < end) {
                continue;
            }
            String gap = text.substring(at, x.start());
            if (!(first ? gap.matches("\\s*(?:与|和|同)\\s*") : gap.matches("[、和及]"))) {
                return false;
            }
            if (x.name().equals(own)) {
                return true;
            }
            at = x.end();
            first = false;
        }
        return false;
    }

    /** "我院", "本院": the hospital that publishes the text. */
    private static final Pattern OWN_HOSPITAL =
            Pattern.compile("我院|本院|该院|该医院|该社区医院|(?<![\\u4e00-\\u9fa5])医院(?=与|和|同|携手)");

    /**
     * "吉林大学第二医院与我院医联体揭牌签约仪式", "我院托管的B": a hospital's own news names itself 我院; in a consortium
     * sentence that is the document's hospital, as a party like any named one.
     */
    private static List<HospitalDirectory.Mention> withOwnHospital(
            String text,
            TextSegmenter.Span span,
            List<HospitalDirectory.Mention> mentions,
            HospitalDirectory directory) {
        String own = directory.main();
        if (own == null || HospitalNames.isGroup(own)) {
            return mentions;
        }
        Matcher m = OWN_HOSPITAL.matcher(text).region(span.start(), span.end());
        List<HospitalDirectory.Mention> out = null;
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            if ((m.group().startsWith("该") || m.group().equals("医院")) && !SentenceRoles.opensWith(text, span, start)) {
                continue; // "该院", "医院与B…" stand for the page's hospital only as the sentence's subject
            }
            if (mentions.stream().anyMatch(x -> x.start() < end && start < x.end())
                    || listedRightAfter(text, mentions, end, own)) {
                continue; // "我院与B、C签署…" where the page's hospital was taken to be B: 我院 is another, unnamed one
            }
            if (out == null) {
                out = new ArrayList<>(mentions);
            }
            out.add(new HospitalDirectory.Mention(start, end, m.group(), own, false));
        }
        if (out == null) {
            return mentions;
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }
}
