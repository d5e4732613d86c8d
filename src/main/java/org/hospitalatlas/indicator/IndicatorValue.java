package org.hospitalatlas.indicator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

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

    @Column(name = "document_id", nullable = false)
    private long documentId;

    @Column(name = "char_start", nullable = false)
    private int charStart;

    @Column(name = "char_end", nullable = false)
    private int charEnd;

    @Column(nullable = false)
    private String quote;

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
        this.documentId = v.documentId();
        this.charStart = v.start();
        this.charEnd = v.end();
        this.quote = v.quote();
        this.confidence = v.confidence();
    }
}
