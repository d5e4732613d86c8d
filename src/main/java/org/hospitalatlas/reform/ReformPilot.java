package org.hospitalatlas.reform;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

@Entity
@Table(name = "reform_pilot")
class ReformPilot {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "hospital_id", nullable = false)
    private long hospitalId;

    @Column(nullable = false)
    private String designation;

    @Column(nullable = false)
    private String level;

    @Column(nullable = false)
    private String category;

    private Short year;

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

    protected ReformPilot() {}

    ReformPilot(NewReformPilot p) {
        this.hospitalId = p.hospitalId();
        this.designation = p.designation();
        this.level = p.level();
        this.category = p.category();
        this.year = p.year() == null ? null : p.year().shortValue();
        this.documentId = p.documentId();
        this.charStart = p.start();
        this.charEnd = p.end();
        this.quote = p.quote();
        this.confidence = p.confidence();
    }
}
