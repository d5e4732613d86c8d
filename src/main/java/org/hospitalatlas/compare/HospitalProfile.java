package org.hospitalatlas.compare;

import java.util.List;
import org.hospitalatlas.consortium.MembershipEntry;
import org.hospitalatlas.document.DocumentMention;
import org.hospitalatlas.hospital.HospitalDetails;
import org.hospitalatlas.reform.PilotEntry;

/** Everything known about one hospital, each fact with its evidence. */
record HospitalProfile(
        HospitalDetails hospital,
        List<LatestValue> indicators,
        List<PilotEntry> pilots,
        List<MembershipEntry> consortia,
        List<DocumentMention> documents) {}
