package org.hospitalatlas.compare;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hospitalatlas.consortium.ConsortiumQueries;
import org.hospitalatlas.document.DocumentQueries;
import org.hospitalatlas.hospital.HospitalDetails;
import org.hospitalatlas.hospital.HospitalService;
import org.hospitalatlas.indicator.IndicatorInfo;
import org.hospitalatlas.indicator.MetricCatalogue;
import org.hospitalatlas.indicator.MetricValue;
import org.hospitalatlas.indicator.MetricValues;
import org.hospitalatlas.reform.ReformPilotQueries;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A hospital's whole profile, put together from five modules' public reads: its identity (hospital), latest
 * figures (indicator), pilots (reform), consortia (consortium) and the documents naming it (document).
 */
@Service
class HospitalProfiles {

    private final HospitalService hospitals;
    private final MetricCatalogue metrics;
    private final MetricValues values;
    private final ReformPilotQueries pilots;
    private final ConsortiumQueries consortia;
    private final DocumentQueries documents;

    HospitalProfiles(
            HospitalService hospitals,
            MetricCatalogue metrics,
            MetricValues values,
            ReformPilotQueries pilots,
            ConsortiumQueries consortia,
            DocumentQueries documents) {
        this.hospitals = hospitals;
        this.metrics = metrics;
        this.values = values;
        this.pilots = pilots;
        this.consortia = consortia;
        this.documents = documents;
    }

    /**
     * Identity, the latest figure of every indicator, pilots and consortia (each fact at least {@code
     * minConfidence} confident), and the documents naming it.
     */
    @Transactional(readOnly = true)
    HospitalProfile profile(String slug, BigDecimal minConfidence, boolean reviewedOnly) {
        HospitalDetails details = hospitals.get(slug);
        long id = hospitals.require(slug).id();
        List<IndicatorInfo> infos = metrics.all();
        Map<String, MetricValue> latestByCode = new HashMap<>();
        for (MetricValue value : values.values(MetricValues.Scope.levels(infos, null, List.of(id))
                .atLeast(minConfidence)
                .reviewedOnly(reviewedOnly))) {
            latestByCode.merge(value.code(), value, (a, b) -> b.year() > a.year() ? b : a);
        }
        List<LatestValue> latest = new ArrayList<>();
        for (IndicatorInfo info : infos) {
            MetricValue value = latestByCode.get(info.code());
            if (value != null) {
                latest.add(new LatestValue(
                        info.code(),
                        info.nameZh(),
                        info.unit(),
                        info.derived(),
                        value.year(),
                        value.value(),
                        value.qualifier(),
                        value.evidence()));
            }
        }
        return new HospitalProfile(
                details,
                latest,
                pilots.pilotsOf(id, minConfidence),
                consortia.membershipsOf(id, minConfidence),
                documents.mentionsOf(id));
    }
}
