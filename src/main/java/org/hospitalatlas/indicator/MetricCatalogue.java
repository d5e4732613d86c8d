package org.hospitalatlas.indicator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hospitalatlas.shared.CloseMatches;
import org.hospitalatlas.shared.NotFoundException;
import org.springframework.stereotype.Service;

/**
 * Every indicator code the comparison API accepts: the catalogue, then the derived ratios. Kept in memory while the
 * data version stands ({@link IndicatorCatalogue}).
 */
@Service
public class MetricCatalogue {

    private final IndicatorCatalogue catalogue;

    MetricCatalogue(IndicatorCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    public List<IndicatorInfo> all() {
        return catalogue.current().metrics();
    }

    /** The indicators named by {@code codes}, in that order; the first unknown one is a not-found. */
    public List<IndicatorInfo> requireAll(List<String> codes) {
        Map<String, IndicatorInfo> known = catalogue.current().metricsByCode();
        List<IndicatorInfo> found = new ArrayList<>(codes.size());
        for (String code : codes) {
            IndicatorInfo info = known.get(code);
            if (info == null) {
                throw new NotFoundException("indicator", code, CloseMatches.of(code, known.keySet(), 3));
            }
            found.add(info);
        }
        return found;
    }

    public IndicatorInfo require(String code) {
        return requireAll(List.of(code)).get(0);
    }
}
