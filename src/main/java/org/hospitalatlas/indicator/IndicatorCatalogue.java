package org.hospitalatlas.indicator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hospitalatlas.database.DataVersion;
import org.hospitalatlas.shared.CloseMatches;
import org.hospitalatlas.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The indicator catalogue and the derived ratios, as seeded by the migrations. Every read that names an indicator
 * asks for them, and they change only with a migration, so they are read once and kept while the data version
 * ({@link DataVersion}, moved by every committed write, these tables' included) stands.
 */
@Service
class IndicatorCatalogue {

    /** The catalogue as read at {@code version}: its entries in order and by code, and every code the API accepts. */
    record Kept(
            long version,
            List<IndicatorDefinition> definitions,
            Map<String, IndicatorDefinition> definitionsByCode,
            List<IndicatorInfo> metrics,
            Map<String, IndicatorInfo> metricsByCode) {}

    private final IndicatorRepository indicators;
    private final DataVersion dataVersion;
    private volatile Kept kept;

    IndicatorCatalogue(IndicatorRepository indicators, DataVersion dataVersion) {
        this.indicators = indicators;
        this.dataVersion = dataVersion;
    }

    public List<IndicatorDefinition> all() {
        return current().definitions();
    }

    public IndicatorDefinition require(String code) {
        Kept catalogue = current();
        IndicatorDefinition definition = catalogue.definitionsByCode().get(code);
        if (definition == null) {
            throw new NotFoundException(
                    "indicator",
                    code,
                    CloseMatches.of(code, catalogue.definitionsByCode().keySet(), 3));
        }
        return definition;
    }

    public boolean exists(String code) {
        return current().definitionsByCode().containsKey(code);
    }

    /**
     * The catalogue of the current data version. The version is read before the tables, so what is kept is never older
     * than the version it is kept under. A transaction that may write reads the tables as it sees them and keeps
     * nothing: what it sees may be its own change, not yet committed, and undone by a rollback that moves no version.
     * Kept, it costs no transaction and no round trip (the version is kept in memory too, while it is listened for).
     */
    Kept current() {
        if (TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            return load(-1);
        }
        long version = dataVersion.current();
        Kept catalogue = kept;
        if (catalogue == null || catalogue.version() != version) {
            catalogue = load(version);
            kept = catalogue;
        }
        return catalogue;
    }

    private Kept load(long version) {
        List<IndicatorDefinition> definitions = indicators.findAllByOrderByCategoryAscCodeAsc().stream()
                .map(Indicator::toDefinition)
                .toList();
        Map<String, IndicatorDefinition> definitionsByCode = new LinkedHashMap<>();
        List<IndicatorInfo> metrics = new ArrayList<>();
        for (IndicatorDefinition d : definitions) {
            definitionsByCode.put(d.code(), d);
            metrics.add(new IndicatorInfo(
                    d.code(), d.nameZh(), d.nameEn(), d.unit(), d.better(), d.category(), false, null, d.definition()));
        }
        for (IndicatorRepository.DerivedIndicator d : indicators.findDerivedIndicators()) {
            metrics.add(new IndicatorInfo(
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
        Map<String, IndicatorInfo> metricsByCode = new LinkedHashMap<>();
        metrics.forEach(info -> metricsByCode.put(info.code(), info));
        return new Kept(
                version,
                definitions,
                Collections.unmodifiableMap(definitionsByCode),
                List.copyOf(metrics),
                Collections.unmodifiableMap(metricsByCode));
    }
}
