package org.hospitalatlas.reform;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.hospitalatlas.shared.EvidenceColumns;

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

    @Embedded
    private EvidenceColumns evidence;

    @Column(nullable = false, precision = 4, scale = 3)
    private BigDecimal confidence;

    @Column(name = "designated_by")
    private String designatedBy;

    @Column(name = "document_number")
    private String documentNumber;

    private String batch;

    @Column(name = "batch_number")
    private Short batchNumber;

    @Column(name = "designated_on")
    private LocalDate designatedOn;

    @Column(name = "designated_precision")
    private String designatedPrecision;

    protected ReformPilot() {}

    ReformPilot(NewReformPilot p) {
        this.hospitalId = p.hospitalId();
        this.designation = p.designation();
        this.level = p.level();
        this.category = p.category();
        this.year = p.year() == null ? null : p.year().shortValue();
        this.evidence = new EvidenceColumns(p.documentId(), p.start(), p.end(), p.quote());
        this.confidence = p.confidence();
        this.designatedBy = p.made().by();
        this.documentNumber = p.made().documentNumber();
        this.batch = p.made().batch();
        this.batchNumber =
                p.made().batchNumber() == null ? null : p.made().batchNumber().shortValue();
        this.designatedOn = p.made().on();
        this.designatedPrecision = p.made().precision();
    }
}
