package org.hospitalatlas.indicator;

import java.util.List;
import org.hospitalatlas.shared.CloseMatches;
import org.hospitalatlas.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The indicator catalogue, as seeded by the migrations. */
@Service
class IndicatorCatalogue {

    private final IndicatorRepository indicators;

    IndicatorCatalogue(IndicatorRepository indicators) {
        this.indicators = indicators;
    }

    @Transactional(readOnly = true)
    public List<IndicatorDefinition> all() {
        return indicators.findAllByOrderByCategoryAscCodeAsc().stream()
                .map(Indicator::toDefinition)
                .toList();
    }

    @Transactional(readOnly = true)
    public IndicatorDefinition require(String code) {
        return indicators
                .findById(code)
                .map(Indicator::toDefinition)
                .orElseThrow(() -> new NotFoundException(
                        "indicator",
                        code,
                        CloseMatches.of(
                                code,
                                all().stream().map(IndicatorDefinition::code).toList(),
                                3)));
    }

    @Transactional(readOnly = true)
    public boolean exists(String code) {
        return indicators.existsById(code);
    }
}
