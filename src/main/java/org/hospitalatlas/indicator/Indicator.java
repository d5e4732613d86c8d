package org.hospitalatlas.indicator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A catalogue entry; reference data owned by the migrations, read-only here. */
@Entity
@Table(name = "indicator")
class Indicator {

    @Id
    private String code;

    @Column(name = "name_zh", nullable = false)
    private String nameZh;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(nullable = false)
    private String unit;

    @Column(nullable = false)
    private String better;

    @Column(nullable = false)
    private String category;

    @Column(name = "assessment_ref")
    private String assessmentRef;

    private String definition;

    protected Indicator() {}

    IndicatorDefinition toDefinition() {
        return new IndicatorDefinition(code, nameZh, nameEn, unit, better, category, assessmentRef, definition);
    }
}
