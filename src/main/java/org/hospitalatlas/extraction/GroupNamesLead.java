package org.hospitalatlas.extraction;

import java.util.List;

/** The hospital a consortium's name names as its lead ("邵东市中医医院医共体", "鼓楼医院集团" for 南京鼓楼医院). */
final class GroupNamesLead {

    private GroupNamesLead() {}

    /**
     * The hospital a consortium's name starts with ("邵东市中医医院医共体"), named by itself or only inside the group's
     * name ("整体并入株洲市中心医院医疗集团").
     */
    static String namedAfter(String name, HospitalDirectory directory) {
        for (HospitalDirectory.Mention m : directory.mentions()) {
            String part = !m.group() ? m.name() : m.name().equals(name) ? hospitalPart(name) : null;
            // "鼓楼医院集团" after "南京鼓楼医院": the group is named after the hospital's short form as written
            String written = !m.group() && !name.startsWith(m.name()) ? m.surface() : part;
            // "A医联体成员单位：A，B，C": the lead may open its own list
            if (written != null
                    && written.endsWith("医院")
                    && name.startsWith(written)
                    && name.length() > written.length()) {
                return m.group() ? fullNameOf(part, directory) : m.name();
            }
        }
        return null;
    }

    /** "南京鼓楼医院集团" named only as a group: the one hospital of the document whose full name ends with its hospital. */
    private static String fullNameOf(String shortName, HospitalDirectory directory) {
        List<String> longer = directory.mentions().stream()
                .filter(m -> !m.group()
                        && m.name().length() > shortName.length()
                        && m.name().endsWith(shortName))
                .map(HospitalDirectory.Mention::name)
                .distinct()
                .toList();
        return longer.size() == 1 ? longer.get(0) : shortName;
    }

    /** "株洲市中心医院医疗集团" → 株洲市中心医院: the group's name up to its first 医院, or null. */
    private static String hospitalPart(String group) {
        int at = group.indexOf("医院");
        return at > 0 && at + 2 < group.length() ? group.substring(0, at + 2) : null;
    }
}
