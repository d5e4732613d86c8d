package org.hospitalatlas.indicator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hospitalatlas.shared.CloseMatches;
import org.hospitalatlas.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Every indicator code the comparison API accepts: the catalogue, then the derived ratios. */
@Service
public class MetricCatalogue {

    private final IndicatorCatalogue catalogue;
    private final IndicatorRepository indicators;

    MetricCatalogue(IndicatorCatalogue catalogue, IndicatorRepository indicators) {
        this.catalogue = catalogue;
        this.indicators = indicators;
    }

    @Transactional(readOnly = true)
    public List<IndicatorInfo> all() {
        List<IndicatorInfo> all = new ArrayList<>();
        for (IndicatorDefinition d : catalogue.all()) {
            all.add(new IndicatorInfo(
                    d.code(), d.nameZh(), d.nameEn(), d.unit(), d.better(), d.category(), false, null, d.definition()));
        }
        for (IndicatorRepository.DerivedIndicator d : indicators.findDerivedIndicators()) {
            all.add(new IndicatorInfo(
                    d.code(),
                    d.nameZh(),
                    d.nameEn(),
                    d.unit(),
                    d.better(),
                    d.category(),
                    true,
                    List.of(d.numerator(), d.denominator()),
                    d.definition()));
        }
        return all;
    }

    /** The indicators named by {@code codes}, in that order; the first unknown one is a not-found. */
    @Transactional(readOnly = true)
    public List<IndicatorInfo> requireAll(List<String> codes) {
        Map<String, IndicatorInfo> known = new LinkedHashMap<>();
        all().forEach(info -> known.put(info.code(), info));
        List<IndicatorInfo> found = new ArrayList<>();
        for (String code : codes) {
            IndicatorInfo info = known.get(code);
            if (info == null) {
                throw new NotFoundException("indicator", code, CloseMatches.of(code, known.keySet(), 3));
            }
            found.add(info);
        }
        return found;
    }

    @Transactional(readOnly = true)
    public IndicatorInfo require(String code) {
        return requireAll(List.of(code)).get(0);
    }
}
