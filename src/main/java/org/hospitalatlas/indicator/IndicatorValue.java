package org.hospitalatlas.indicator;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.hospitalatlas.shared.EvidenceColumns;

@Entity
@Table(name = "indicator_value")
class IndicatorValue {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "hospital_id", nullable = false)
    private long hospitalId;

    @Column(name = "indicator_code", nullable = false)
    private String indicatorCode;

    @Column(nullable = false)
    private short year;

    @Column(nullable = false)
    private String kind;

    @Column(nullable = false, precision = 24, scale = 6)
    private BigDecimal value;

    @Column(nullable = false)
    private String qualifier;

    @Column(name = "is_target", nullable = false)
    private boolean target;

    @Embedded
    private EvidenceColumns evidence;

    @Column(nullable = false, precision = 4, scale = 3)
    private BigDecimal confidence;

    protected IndicatorValue() {}

    IndicatorValue(NewIndicatorValue v) {
        this.hospitalId = v.hospitalId();
        this.indicatorCode = v.code();
        this.year = (short) v.year();
        this.kind = v.kind();
        this.value = v.value();
        this.qualifier = v.qualifier();
        this.target = v.target();
        this.evidence = new EvidenceColumns(v.documentId(), v.start(), v.end(), v.quote());
        this.confidence = v.confidence();
    }
}
