package org.hospitalatlas.consortium;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.hospitalatlas.shared.ResultPage;

/**
 * The consortia's reads for dashboards and profiles: lists with the lead hospital and member count, members with
 * their hospital's label and evidence. Set-based SQL over consortia, members, hospitals and documents written by
 * hand, so a repository fragment.
 */
interface ConsortiumReads {

    ResultPage<ConsortiumSummary> list(ConsortiumFilter filter, ConsortiumSort sort, int page, int size);

    /**
     * The consortia of {@code slugs} (those that exist, in no order), whatever their own confidence, with leads and
     * member counts from memberships at least {@code minConfidence} sure.
     */
    List<ListedConsortium> listed(List<String> slugs, BigDecimal minConfidence);

    /** The consortium's members at least {@code minConfidence} sure, by role, then hospital name. */
    List<ConsortiumDetails.Member> members(long consortiumId, BigDecimal minConfidence);

    /** Per consortium slug, the number of member hospitals per role, roles in their fixed order. */
    Map<String, Map<String, Integer>> membersByRole(List<String> slugs, BigDecimal minConfidence);

    List<MembershipEntry> membershipsOf(long hospitalId, BigDecimal minConfidence);
}
