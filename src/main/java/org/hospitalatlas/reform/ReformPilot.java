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

/**
 * A hospital's designation to a reform pilot as one document states it: the aggregate the document import writes.
 * Its review ({@code review_state}, set by the review module in SQL) is read here, never written.
 */
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

    @Column(name = "review_state", insertable = false, updatable = false)
    private String reviewState;

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

    Long id() {
        return id;
    }

    long hospitalId() {
        return hospitalId;
    }

    String designation() {
        return designation;
    }

    String level() {
        return level;
    }

    String category() {
        return category;
    }

    Integer year() {
        return year == null ? null : year.intValue();
    }

    EvidenceColumns evidence() {
        return evidence;
    }

    BigDecimal confidence() {
        return confidence;
    }

    /** How the designation was made, as the document says ({@link NewReformPilot.Designation#NONE} if it does not). */
    NewReformPilot.Designation made() {
        return new NewReformPilot.Designation(
                designatedBy,
                documentNumber,
                batch,
                batchNumber == null ? null : batchNumber.intValue(),
                designatedOn,
                designatedPrecision);
    }

    /** extracted, confirmed, rejected or corrected; null until the row is read back from the database. */
    String reviewState() {
        return reviewState;
    }
}
