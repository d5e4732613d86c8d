package org.hospitalatlas.synthetic;

import static org.hospitalatlas.synthetic.SyntheticIndicator.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Chinese report texts of the seeds' genre — a hospital's yearly work summary or news feature — built from
 * the hospital's generated figures with varied phrasing: each topic has several wordings, topics come in
 * varying order between paragraphs on party building and services, and figures are written the way such
 * texts write them (125.36万人次, 12.35亿元, 61.20%).
 */
final class ReportWriter {

    /** A rendered report with the metadata its manifest entry carries. */
    record Report(String title, String publisher, LocalDate publishedOn, String text) {}

    private static final String[] FILLERS = {
        "坚持党建引领，医院党委充分发挥把方向、管大局、作决策、促改革、保落实的领导作用，把党的领导融入医院治理各环节，以高质量党建推动医院高质量发展。",
        "持续改善医疗服务，医院推出分时段预约诊疗、检查检验结果互认、一站式服务中心等便民举措，优化就诊流程，群众就医获得感不断增强。",
        "加强医德医风建设，深入开展清廉医院创建活动，健全医德医风考评机制，严肃查处违规行为，营造风清气正的执业环境。",
        "推进智慧医院建设，上线互联网医院，实现线上复诊、处方流转和药品配送，推动“数据多跑路、群众少跑腿”。",
        "聚焦人才强院战略，医院实施青年人才培养计划，分批选派业务骨干赴国内知名医院进修学习，人才梯队建设持续加强。",
        "深化与高等院校和科研院所的合作，推动临床研究和成果转化，努力打造区域医学高地，让群众在家门口享受优质医疗服务。",
        "医院持续推进精细化管理，全面实行预算管理和成本核算，加强内部控制和运营分析，运营效率稳步提升。",
        "开展“我为群众办实事”实践活动，组织专家团队深入社区、乡镇和学校开展义诊和健康讲座，普及健康知识。",
        "加强急诊急救体系建设，胸痛中心、卒中中心、创伤中心、危重孕产妇救治中心、危重儿童和新生儿救治中心高效运行。",
        "推进护理服务提质增效，全面开展优质护理服务和延续护理服务，不断扩大“互联网+护理服务”覆盖面。",
        "坚持以病人为中心，医院开展“假如我是一名患者”换位体验活动，评选服务明星和优秀服务案例，服务文化深入人心。",
        "加快推进学科群建设，以重点专科为龙头，推动多学科诊疗模式常态化，疑难危重症诊治能力不断提高。",
        "积极推进医保支付方式改革，加强病案首页质量管理和临床路径管理，合理控制医疗费用不合理增长。",
        "医院把公益性写在医疗服务的旗帜上，常态化开展健康扶贫和对口帮扶，派驻医疗队到边远地区开展巡回医疗。",
        "深入推进后勤服务社会化改革，建设智慧后勤平台，能耗和运行成本明显下降，后勤保障能力持续提升。",
        "加强药事管理，推进临床药师参与查房和会诊，规范抗菌药物和重点监控药品使用，合理用药水平不断提高。",
        "注重医院文化建设，开展职工关爱行动，完善职工代表大会制度和院务公开制度，职工的归属感和幸福感不断增强。",
        "严格落实医疗质量安全核心制度，完善质控体系，开展不良事件主动上报和根因分析，医疗安全底线不断筑牢。"
    };

    /** Only in texts about 2020–2022. */
    private static final String EPIDEMIC = "面对疫情防控的严峻形势，医院闻令而动、精准施策，严格落实预检分诊和闭环管理，统筹做好医疗救治和日常诊疗工作。";

    private static final String[] CLOSINGS = {
        "下一步，医院将继续坚持公益性，以患者为中心，推动医院高质量发展再上新台阶。",
        "站在新的起点上，医院将锚定高质量发展目标，奋力谱写健康事业新篇章。",
        "医院负责人表示，将以更加务实的举措推进改革发展，为建设健康中国贡献力量。"
    };

    private final SplittableRandom random;

    ReportWriter(SplittableRandom random) {
        this.random = random;
    }

    /**
     * The draws come in one fixed order — date, title, publisher, topics, byline, opening, fillers, closing — so that
     * a seed gives the same reports: change it and every text changes.
     */
    Report write(
            SyntheticHospital hospital,
            int year,
            double[] now,
            double[] before,
            List<PilotsAndConsortia.Pilot> pilots,
            String consortium) {
        String name = hospital.name();
        LocalDate published = LocalDate.of(year + 1, 1 + random.nextInt(3), 1 + random.nextInt(28));
        String title = title(hospital, year);
        String publisher = random.nextBoolean() ? name : hospital.city() + "卫生健康委员会";
        List<String> topics = topics(name, year, now, before, pilots, consortium);

        StringBuilder text = new StringBuilder(4096);
        text.append('\n').append(title).append("\n\n");
        appendByline(text, publisher, published);
        text.append(opening(name, year)).append("\n\n");
        appendTopicsAndFillers(text, topics, year);
        text.append(pick(CLOSINGS)).append('\n');
        return new Report(title, publisher, published, text.toString());
    }

    private String title(SyntheticHospital hospital, int year) {
        String name = hospital.name();
        return pick(
                name + "：坚持公益性 推动高质量发展取得新成效",
                name + year + "年工作综述",
                "以高质量发展为引领——" + name + year + "年发展纪实",
                hospital.city() + "：" + name + "深化改革提升服务能力",
                "守初心 担使命 " + name + "奋力谱写高质量发展新篇章");
    }

    /** The paragraphs built from the figures and the pilots named by the year, in a drawn order. */
    private List<String> topics(
            String name,
            int year,
            double[] now,
            double[] before,
            List<PilotsAndConsortia.Pilot> pilots,
            String consortium) {
        List<String> topics = new ArrayList<>();
        topics.add(volumes(name, year, now, before));
        topics.add(capacity(name, year, now));
        topics.add(quality(now));
        topics.add(random.nextBoolean() ? costs(now) : operations(now));
        topics.add(assessment(name, now));
        topics.add(capability(year, now));
        topics.add(network(name, now, consortium));
        for (PilotsAndConsortia.Pilot pilot : pilots) {
            if (pilot.year() <= year) {
                topics.add(pick(
                        pilot.year() + "年，" + name + "被确定为" + pilot.designation() + "。",
                        "医院于" + pilot.year() + "年入选" + pilot.designation() + "，改革试点工作扎实推进。"));
            }
        }
        shuffle(topics);
        return topics;
    }

    private void appendByline(StringBuilder text, String publisher, LocalDate published) {
        if (random.nextBoolean()) {
            text.append(publisher).append("\n\n").append(chineseDate(published)).append("\n\n");
        } else {
            text.append("来源：")
                    .append(publisher)
                    .append("　发布时间：")
                    .append(published)
                    .append("\n\n");
        }
    }

    private String opening(String name, int year) {
        return pick(
                year + "年，" + name + "坚持以人民健康为中心，以党建引领医院高质量发展，统筹推进医疗服务、学科建设和综合改革，各项工作取得新成效。",
                year + "年是医院发展进程中极不平凡的一年。" + name + "深入贯彻落实公立医院高质量发展各项部署，聚焦群众就医需求，改革创新成效显著。",
                "过去一年，" + name + "坚持公益性办院方向，扎实推进" + (year >= 2021 ? "“十四五”" : "“十三五”")
                        + "规划各项任务，在医疗服务、运营管理和学科建设等方面取得长足进步。");
    }

    /** The topics with filler paragraphs on party building and services after some of them and the rest at the end. */
    private void appendTopicsAndFillers(StringBuilder text, List<String> topics, int year) {
        List<String> fillers = new ArrayList<>(List.of(FILLERS));
        if (year >= 2020 && year <= 2022) {
            fillers.add(EPIDEMIC);
        }
        shuffle(fillers);
        int fillerCount = 8 + random.nextInt(8);
        int f = 0;
        for (String topic : topics) {
            text.append(topic).append("\n\n");
            if (f < fillerCount && random.nextDouble() < 0.7) {
                text.append(fillers.get(f++)).append("\n\n");
            }
        }
        while (f < fillerCount) {
            text.append(fillers.get(f++)).append("\n\n");
        }
    }

    private String volumes(String name, int year, double[] now, double[] before) {
        long oe = (long) now[OUTPATIENT_EMERGENCY_VISITS.ordinal()];
        long discharges = (long) now[DISCHARGES.ordinal()];
        long surgeries = (long) now[INPATIENT_SURGERIES.ordinal()];
        return pick(
                year + "年，" + name + "完成门急诊" + count(oe) + "人次，" + change(now, before, OUTPATIENT_EMERGENCY_VISITS)
                        + "；出院" + count(discharges) + "人次，" + change(now, before, DISCHARGES) + "；住院手术"
                        + count(surgeries) + "台次，其中三、四级手术占比" + percent(now, LEVEL34_SURGERY_SHARE) + "。",
                "数据显示，" + year + "年医院服务能力稳步提升：门急诊量" + count(oe) + "人次；出院人次" + count(discharges) + "；手术"
                        + count(surgeries) + "台次，出院患者四级手术比例达到" + percent(now, LEVEL4_SURGERY_SHARE) + "。",
                "全年门诊人次" + count((long) now[OUTPATIENT_VISITS.ordinal()]) + "，急诊人次"
                        + count((long) now[EMERGENCY_VISITS.ordinal()]) + "，出院患者" + count(discharges) + "人次，介入手术"
                        + count((long) now[INTERVENTIONAL_SURGERIES.ordinal()]) + "台次，日间手术占择期手术比例达"
                        + percent(now, DAY_SURGERY_SHARE) + "。");
    }

    private String capacity(String name, int year, double[] now) {
        long beds = (long) now[BEDS_OPEN.ordinal()];
        long staff = (long) now[STAFF_TOTAL.ordinal()];
        return pick(
                name + "现有实际开放床位" + beds + "张，在职职工" + staff + "人，其中高级职称" + (long) now[SENIOR_TITLE_STAFF.ordinal()]
                        + "人、博士" + (long) now[DOCTORAL_STAFF.ordinal()] + "人。",
                "目前，医院编制床位" + (long) now[BEDS_AUTHORIZED.ordinal()] + "张，开放床位" + beds + "张，占地面积"
                        + (long) now[LAND_AREA.ordinal()] + "平方米，建筑面积" + (long) now[FLOOR_AREA.ordinal()] + "平方米，总资产"
                        + money(now[TOTAL_ASSETS.ordinal()]) + "。",
                "截至" + year + "年底，医院拥有在职职工" + staff + "名，床位" + beds + "张，全年业务收入" + money(now[REVENUE.ordinal()]) + "。");
    }

    private String quality(double[] now) {
        return pick(
                "医疗质量持续改善，出院者平均住院日降至" + decimal(now[AVG_LENGTH_OF_STAY.ordinal()]) + "天，病床使用率"
                        + percent(now, BED_OCCUPANCY_RATE) + "，抗菌药物使用强度"
                        + decimal(now[ANTIBIOTIC_USE_INTENSITY.ordinal()])
                        + "，出院患者微创手术占比" + percent(now, MINIMALLY_INVASIVE_SHARE) + "。",
                "医院持续推进日间手术和微创手术，日间手术占比" + percent(now, DAY_SURGERY_SHARE) + "，微创手术占比"
                        + percent(now, MINIMALLY_INVASIVE_SHARE) + "，平均住院日" + decimal(now[AVG_LENGTH_OF_STAY.ordinal()])
                        + "天。");
    }

    private String costs(double[] now) {
        return "患者负担进一步减轻，出院患者次均费用" + decimal(now[AVG_INPATIENT_COST.ordinal()]) + "元，门诊次均费用"
                + decimal(now[AVG_OUTPATIENT_COST.ordinal()]) + "元，患者自付比例" + percent(now, OUT_OF_POCKET_SHARE) + "。";
    }

    private String operations(double[] now) {
        return "在运营管理方面，医院药占比下降至" + percent(now, DRUG_COST_SHARE) + "，百元医疗收入消耗的卫生材料"
                + decimal(now[CONSUMABLES_PER_100_REVENUE.ordinal()]) + "元，医疗服务收入占比提高到"
                + percent(now, MEDICAL_SERVICE_REVENUE_SHARE) + "，人员支出占业务支出比重" + percent(now, PERSONNEL_EXPENSE_SHARE)
                + "。";
    }

    private String assessment(String name, double[] now) {
        long emr = (long) now[EMR_LEVEL.ordinal()];
        return pick(
                "在公立医院绩效考核中，" + name + "电子病历系统应用水平分级达到" + emr + "级，患者满意度"
                        + percent(now, PATIENT_SATISFACTION) + "，门诊患者满意度"
                        + decimal(now[OUTPATIENT_SATISFACTION.ordinal()])
                        + "分，住院患者满意度" + decimal(now[INPATIENT_SATISFACTION.ordinal()]) + "分，医务人员满意度"
                        + decimal(now[STAFF_SATISFACTION.ordinal()]) + "分。",
                "智慧医院建设加快推进，医院电子病历应用水平达到" + emr + "级；卒中中心规范运行，平均溶栓时间缩短至" + (long) now[DOOR_TO_NEEDLE_MINUTES.ordinal()]
                        + "分钟。");
    }

    private String capability(int year, double[] now) {
        long national = (long) now[NATIONAL_KEY_SPECIALTIES.ordinal()];
        long provincial = (long) now[PROVINCIAL_KEY_SPECIALTIES.ordinal()];
        String specialties = national > 0
                ? "现有国家级临床重点专科" + national + "个、省级临床重点专科" + provincial + "个，"
                : provincial > 0 ? "现有省级临床重点专科" + provincial + "个，" : "";
        return pick(
                "学科建设成效明显，" + specialties + "全年开展新技术新业务" + (long) now[NEW_TECHNIQUES.ordinal()] + "项，获批科研立项"
                        + (long) now[RESEARCH_PROJECTS.ordinal()] + "项。",
                "医院加强人才队伍与学科建设，" + year + "年引进新技术" + (long) now[NEW_TECHNIQUES.ordinal()] + "项，科研项目"
                        + (long) now[RESEARCH_PROJECTS.ordinal()] + "项。");
    }

    private String network(String name, double[] now, String consortium) {
        String lead = consortium == null ? "医院积极参与医联体建设" : name + "牵头组建" + consortium;
        return pick(
                lead + "，医联体成员单位" + (long) now[CONSORTIUM_PARTNER_HOSPITALS.ordinal()] + "家，全年派出专家"
                        + (long) now[EXPERTS_DISPATCHED.ordinal()] + "人次，开展远程会诊"
                        + (long) now[REMOTE_CONSULTATIONS.ordinal()]
                        + "例，下转患者" + (long) now[REFERRALS_DOWN.ordinal()] + "人次。",
                "在分级诊疗方面，" + lead + "，参加专科联盟" + (long) now[SPECIALTY_ALLIANCES.ordinal()] + "个，组建家庭医生签约服务团队"
                        + (long) now[FAMILY_DOCTOR_TEAMS.ordinal()] + "个，家庭医生签约"
                        + count((long) now[FAMILY_DOCTOR_CONTRACTS.ordinal()])
                        + "人。");
    }

    private String change(double[] now, double[] before, SyntheticIndicator indicator) {
        double previous = before[indicator.ordinal()];
        if (previous <= 0) {
            return "较上年有所变化";
        }
        double pct = (now[indicator.ordinal()] / previous - 1) * 100;
        return (pct >= 0 ? "同比增长" : "同比下降") + String.format(Locale.ROOT, "%.2f%%", Math.abs(pct));
    }

    private static String count(long value) {
        if (value >= 100_000) {
            return String.format(Locale.ROOT, "%.2f万", value / 10_000.0);
        }
        return Long.toString(value);
    }

    private static String money(double yuan) {
        if (yuan >= 1e8) {
            return String.format(Locale.ROOT, "%.2f亿元", yuan / 1e8);
        }
        return String.format(Locale.ROOT, "%.0f万元", yuan / 1e4);
    }

    private static String percent(double[] row, SyntheticIndicator indicator) {
        return String.format(Locale.ROOT, "%.2f%%", row[indicator.ordinal()]);
    }

    private static String decimal(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    private static String chineseDate(LocalDate date) {
        return date.getYear() + " 年 " + date.getMonthValue() + " 月 " + date.getDayOfMonth() + " 日";
    }

    private String pick(String... choices) {
        return choices[random.nextInt(choices.length)];
    }

    private <T> void shuffle(List<T> list) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T swap = list.get(i);
            list.set(i, list.get(j));
            list.set(j, swap);
        }
    }
}
