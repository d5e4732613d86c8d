package org.hospitalatlas.extraction;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rules about hospital names that need no document context: which words end a name, which names are generic
 * (三甲医院, 互联网医院), how ordinal short forms map to full names (郴州市一医院 → 郴州市第一人民医院) and which
 * category a name states.
 */
final class HospitalNames {

    static final Pattern SUFFIX = Pattern.compile(
            "妇女儿童医疗中心|社区卫生服务中心|社区健康服务中心|社区卫生中心|卫生服务中心|计划生育服务中心|精神卫生中心|卫生院|保健院|保健所|医疗集团|医学中心|附院|医院|精神病院|传染病院");

    /** Single characters that never sit inside a name but often right before one (由A为输出医院, 在A挂牌). */
    static final String STOP_CHARS = "与及由为是在有的到对向从把被等了于让使给跟以即并或至其该将也着著";

    /** Verbs and fillers that the backward scan may swallow before an unanchored name (我校附属龙华医院 → 附属龙华医院). */
    private static final List<String> LEADING_FILLERS = List.of(
            "一是", "二是", "三是", "四是", "五是", "整合", "组建", "引进", "依托", "借助", "联合", "牵头", "加入", "成立", "通过", "推进", "参与", "对接",
            "帮扶", "托管", "支援", "挂牌", "建设", "打造", "开展", "实现", "推动", "作为", "成为", "获评", "评为", "列为", "入选", "进入", "前往", "来到",
            "走进", "携手", "任命", "选派", "派驻", "包括", "其中", "另有", "现有", "拥有", "启动", "发挥", "提升", "创建", "建成", "举办", "仅次", "落户",
            "入驻", "合作", "签约", "协作", "举行", "辐射", "带动", "扩大", "新建", "筹建", "谋划", "立足", "随着", "针对", "围绕", "联手", "助力", "服务",
            "指导", "全院", "全市", "全省", "全区", "全县", "我市", "我省", "本市", "涵盖", "覆盖", "包含", "囊括", "我校", "本校", "此次", "本次", "这次",
            "此番");

    /**
     * Words that qualify a hospital without naming one; a name made only of these is generic. Who runs a hospital
     * (省管医院, 市属医院, 委属委管医院) does not name one either, nor does a time (目前医院有…).
     */
    private static final List<String> GENERIC_WORDS = List.of(
            "二三级", "三二级", "地市州", "市州", "州市", "地州", "盟市", "旗县", "县市", "区县", "县区", "省市区级", "省市县级", "省市级", "市县级", "县区级",
            "市区级", "县市区", "省市县", "省市", "市县", "三级甲等", "二级甲等", "三级乙等", "二级乙等", "三甲", "二甲", "三级", "二级", "一级", "公立", "民营",
            "私立", "互联网", "定点", "老年友善", "友善", "人文", "智慧", "清廉", "输出", "输入", "标杆", "美丽", "综合性", "综合", "专科", "地市级", "地市",
            "县级", "市级", "省级", "城市", "区域", "乡镇", "乡级", "村", "社区", "人民", "中", "该", "本", "我", "各", "全", "这家", "一家", "家",
            "现代化", "现代", "基层", "医联体", "合作", "对口", "帮扶", "受援", "支援", "上级", "下级", "成员", "牵头", "龙头", "分", "总", "新区", "新",
            "老", "大", "小", "辖区", "兄弟", "友好", "高质量", "高水平", "一流", "第三方", "省内", "省外", "国内外", "国内", "国外", "附近", "周边", "部分",
            "所有", "其他", "其它", "同级", "等级", "中医", "医", "省管", "市管", "县管", "区管", "委管", "部管", "省属", "市属", "县属", "区属", "委属",
            "部属", "直属", "管", "属", "两", "联盟", "协作", "共建", "托管", "签约", "目前", "如今", "当前", "现在", "现阶段", "附属", "和各", "及各",
            "与各");

    /** Words of honours, titles and programmes (全国优秀医院, 试点医院), not of institutions. */
    private static final Pattern HONOUR =
            Pattern.compile("智慧|互联网|人文|清廉|美丽|友善|全国|国家|优秀|先进|示范|创新|文明|星级|百强|最佳|改革|试点|制度|管理(?!局)|评价|体系|建设|建立|健全"
                    // "云南省区域医疗中心曲靖中心医院": the designation before a hospital's own name
                    + "|区域医疗中心");

    private static final StartChars HONOUR_STARTS = StartChars.of(HONOUR);

    private static final Pattern ORDINAL_SHORT = Pattern.compile(
            "^(?<place>[\\u4e00-\\u9fa5]{2,4}?)(?<shi>市)?(?<ord>[一二三四五六七八九十])(?:(?:医院|院|医)(?<group>医疗集团)?|(?<bare>医疗集团))$");
    private static final Pattern ORDINAL_FULL =
            Pattern.compile("^(?<place>[\\u4e00-\\u9fa5]{2,4}?)市?第(?<ord>[一二三四五六七八九十])人民医院$");
    /** 大连医科大学附属一院 → 大连医科大学附属第一医院. */
    private static final Pattern AFFILIATED_ORDINAL_SHORT =
            Pattern.compile("(?<=大学|医学院|学院|医专)附属(?<ord>[一二三四五六七八九十])院$");

    private static final Pattern AFFILIATED_SHORT = Pattern.compile("(?<ord>[一二三四五六七八九十])附院$");

    private HospitalNames() {}

    static boolean isStopChar(char c) {
        return STOP_CHARS.indexOf(c) >= 0 || !isHan(c);
    }

    static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN && c != '〇';
    }

    /** The name with leading verbs/fillers removed (整合区人民医院 → 区人民医院). */
    static String stripLeadingFillers(String name) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String f : LEADING_FILLERS) {
                if (name.startsWith(f) && name.length() > f.length() + 2) {
                    name = name.substring(f.length());
                    changed = true;
                }
            }
        }
        return name;
    }

    /** True when {@code core} (a name without its suffix and place) only qualifies, never names, a hospital. */
    static boolean isGeneric(String core) {
        String rest = core;
        boolean changed = true;
        while (!rest.isEmpty() && changed) {
            changed = false;
            for (String g : GENERIC_WORDS) {
                if (rest.startsWith(g)) {
                    rest = rest.substring(g.length());
                    changed = true;
                    break;
                }
            }
        }
        return rest.isEmpty();
    }

    private static final Pattern QUALIFIER_ONLY =
            Pattern.compile("公立|民营|私立|三甲|二甲|三级|二级|县级|市级|省级|地市|互联网|定点|城市|乡镇|基层|所有|部分|其他|各|全|管|属|两");

    /**
     * A place followed by a core: 南阳市 + 中 (南阳市中医院) names a hospital, 湖南省 + 公立 (湖南省公立医院) or a bare place
     * (湖南省医院 in 湖南省医院文化建设先进单位) does not.
     */
    static boolean isValidAfterPlace(String core) {
        if (core.isEmpty() || core.startsWith("级")) {
            return false; // 上海市 + 级 (上海市级医院): the level of the place's hospitals, no name
        }
        return !(isGeneric(core) && QUALIFIER_ONLY.matcher(core).find());
    }

    /** 杭锦后旗医院, 福贡县医院: a county's or banner's name written in full and 医院 name the county's hospital. */
    static boolean namesCountyHospital(String text, AdministrativeDivisions.Match m, String core, String suffixText) {
        char last = text.charAt(m.end() - 1);
        return core.isEmpty()
                && suffixText.equals("医院")
                && m.division().level() == Division.Level.COUNTY
                && (last == '县' || last == '旗');
    }

    static boolean namesHonour(String core) {
        // 新疆生产建设兵团第十师北屯医院: the Corps' name is an institution's, though it reads 建设
        return HONOUR_STARTS.foundIn(core.replace("生产建设兵团", "兵团"));
    }

    /**
     * Verbs, counts and collective nouns never sit inside a proper name (柳州市推进公立医院, 广东省全面提升县级医院, 一位医院,
     * 某镇卫生院, 关系转入医院): such a stretch is a phrase, and it is dropped rather than trimmed.
     */
    private static final Pattern NOT_A_NAME = Pattern.compile(
            "推进|推动|加快|深化|实施|开展|提升|提高|全面|能力|阶段|积极|创建|推荐|申报|类别|认证|定点|协作|加挂|挂牌|授牌|揭牌|举行|加入|加强|打造|完善|探索|促进|构建|组建|整合|牵头|成立|接收|帮助|培训|统一|依托|覆盖|带动|引领|机构|现代"
                    + "|重视|关心|出席|参加|召开|举办|调研|考察|视察|走访|慰问|入驻|工作站|非直属|非隶属|直属|隶属|落户|教学$|合作|共建|托管|接管|帮扶|支援|同时|委托|签约|签署|携手|下辖|下设|旗下|卫生厅|卫健委|卫计委|卫生局|医保局|"
                    + SentenceRoles.GOVERNMENT
                    + "|确定|决定|印发|公布|认定|入选|入围|获批|荣获|获评|评为|列入|纳入|荣膺|成功|书记|院长|局长|主任|感谢|表示|指出|希望|介绍|祝贺|欢迎|见证|陪同|带领|率领|管委会|之后|制定|协助|提供|进行|派出|出诊|会诊|转诊|某|赶上|转入|并入|划入|关系|负责|成员单位|成员医院|成员$|核心$|骨干$|医联体|医共体|[0-9０-９一二三四五六七八九十百千两几多数首][个家所座名位批]");

    private static final StartChars NOT_A_NAME_STARTS = StartChars.of(NOT_A_NAME);

    /** What follows the last verb or count of a stretch ("全面托管长坡镇中心" → "长坡镇中心"); the stretch when none. */
    static String afterLastPhraseWord(String core) {
        Matcher m = NOT_A_NAME.matcher(core);
        int end = 0;
        while (NOT_A_NAME_STARTS.find(m, core, end)) {
            end = m.end();
        }
        return core.substring(end);
    }

    /** True when a stretch before a suffix reads as a phrase (verb, count, collective noun), not as a name. */
    static boolean readsAsPhrase(String core) {
        return NOT_A_NAME_STARTS.foundIn(core);
    }

    /** Collective words that contain a name marker (乡镇 has 镇) without naming a place. */
    private static final Pattern COLLECTIVE_PLACE_WORD = Pattern.compile("乡镇|城乡|县乡|镇村|乡村|镇街|镇级|乡级");

    /** The core with collective words removed, so that 乡镇 does not pass for a town's name. */
    static String withoutCollectiveWords(String core) {
        return COLLECTIVE_PLACE_WORD.matcher(core).replaceAll("");
    }

    /** 郴州市一医院 / 荆州一医 / 上海一院 → (place, ordinal), with "医疗集团" kept for 上海市一医疗集团. */
    record OrdinalKey(String place, String ordinal, boolean group) {}

    static Optional<OrdinalKey> ordinalShortForm(String surface) {
        Matcher m = ORDINAL_SHORT.matcher(surface);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(
                new OrdinalKey(m.group("place"), m.group("ord"), m.group("group") != null || m.group("bare") != null));
    }

    static Optional<OrdinalKey> ordinalFullForm(String name) {
        Matcher m = ORDINAL_FULL.matcher(name);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new OrdinalKey(m.group("place"), m.group("ord"), false));
    }

    /** 南阳医专二附院 → 南阳医专第二附属医院: the abbreviation spelled out, nothing guessed beyond it. */
    static String expandAffiliated(String surface) {
        Matcher ordinal = AFFILIATED_ORDINAL_SHORT.matcher(surface);
        if (ordinal.find()) {
            return surface.substring(0, ordinal.start()) + "附属第" + ordinal.group("ord") + "医院";
        }
        Matcher m = AFFILIATED_SHORT.matcher(surface);
        if (m.find() && !surface.contains("第" + m.group("ord") + "附")) {
            return surface.substring(0, m.start()) + "第" + m.group("ord") + "附属医院";
        }
        return surface;
    }

    static boolean isGroup(String name) {
        return name.endsWith("医疗集团");
    }

    /** The category a name states (中医院 → 中医), or null. */
    static String categoryOf(String name) {
        if (isGroup(name)) {
            return null;
        }
        if (name.contains("中西医结合")) {
            return "中西医结合";
        }
        if (name.contains("中医")) {
            return "中医";
        }
        if (name.contains("妇幼")) {
            return "妇幼";
        }
        if (name.contains("儿童医院")) {
            return "儿童";
        }
        if (name.contains("肿瘤医院")) {
            return "肿瘤";
        }
        if (name.contains("骨科医院")) {
            return "骨科";
        }
        if (name.endsWith("卫生院")
                || name.endsWith("卫生服务中心")
                || name.endsWith("社区健康服务中心")
                || name.endsWith("社区卫生中心")
                || name.endsWith("社区医院")) {
            return "基层";
        }
        if (name.endsWith("人民医院") || name.endsWith("中心医院") || name.endsWith("总医院")) {
            return "综合";
        }
        return null;
    }
}
