package org.hospitalatlas.indicator;

import java.util.List;
import org.springframework.stereotype.Service;

/** Where documents disagree about a hospital's figure: the read the conflicts list is built on. */
@Service
public class FigureDisputes {

    private final IndicatorValueRepository repository;

    FigureDisputes(IndicatorValueRepository repository) {
        this.repository = repository;
    }

    /** How many hospital, code, year and kind groups disagree. */
    public long count(DisputeFilter filter) {
        return repository.countDisputes(filter);
    }

    /** Every figure of one page of disagreeing groups, by hospital name, code, year and kind, then rank. */
    public List<DisputedFigure> page(DisputeFilter filter, int page, int size) {
        return repository.disputedFigures(filter, size, (long) page * size);
    }
}
