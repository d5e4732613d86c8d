package org.hospitalatlas.reform;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.hospitalatlas.shared.ResultPage;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reform pilots for dashboards: a filtered list, and a timeline. */
@Service
public class ReformPilotQueries {

    private final ReformPilotRepository pilots;

    ReformPilotQueries(ReformPilotRepository pilots) {
        this.pilots = pilots;
    }

    @Transactional(readOnly = true)
    ResultPage<PilotRow> list(PilotFilter filter, PilotSort sort, int page, int size) {
        return pilots.list(filter, sort, page, size);
    }

    /** Year by year (unknown years last), then by category: which hospitals were named. */
    @Transactional(readOnly = true)
    PilotTimeline timeline(PilotFilter filter) {
        List<PilotRow> ordered = pilots.byYearAndCategory(filter);
        List<PilotTimeline.Entry> entries = new ArrayList<>();
        List<PilotTimeline.Hospital> hospitals = new ArrayList<>();
        Set<String> distinct = new HashSet<>();
        PilotRow current = null;
        for (PilotRow pilot : ordered) {
            if (current != null
                    && (!Objects.equals(current.year(), pilot.year())
                            || !current.category().equals(pilot.category()))) {
                entries.add(new PilotTimeline.Entry(
                        current.year(), current.category(), distinct.size(), List.copyOf(hospitals)));
                hospitals.clear();
                distinct.clear();
            }
            current = pilot;
            distinct.add(pilot.hospital().slug());
            hospitals.add(new PilotTimeline.Hospital(
                    pilot.hospital().slug(),
                    pilot.hospital().name(),
                    pilot.designation(),
                    pilot.level(),
                    pilot.evidence().confidence()));
        }
        if (current != null) {
            entries.add(new PilotTimeline.Entry(
                    current.year(), current.category(), distinct.size(), List.copyOf(hospitals)));
        }
        return new PilotTimeline(entries);
    }

    /** The pilots a hospital was named to, each designation once (its most confident reading). */
    @Transactional(readOnly = true)
    public List<PilotEntry> pilotsOf(long hospitalId, BigDecimal minConfidence) {
        return pilots.pilotsOf(hospitalId, minConfidence);
    }
}
