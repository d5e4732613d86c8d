package org.hospitalatlas.consortium;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.hospitalatlas.shared.EvidenceColumns;

@Entity
@Table(name = "consortium_member")
class ConsortiumMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "consortium_id", nullable = false)
    private Consortium consortium;

    @Column(name = "hospital_id", nullable = false)
    private long hospitalId;

    @Column(nullable = false)
    private String role;

    @Embedded
    private EvidenceColumns evidence;

    @Column(nullable = false, precision = 4, scale = 3)
    private BigDecimal confidence;

    protected ConsortiumMember() {}

    ConsortiumMember(Consortium consortium, long hospitalId, String role, NewConsortium evidence) {
        this.consortium = consortium;
        this.hospitalId = hospitalId;
        this.role = role;
        this.evidence = new EvidenceColumns(evidence.documentId(), evidence.start(), evidence.end(), evidence.quote());
        this.confidence = evidence.confidence();
    }

    boolean is(long hospitalId, String role) {
        return this.hospitalId == hospitalId && this.role.equals(role);
    }
}
