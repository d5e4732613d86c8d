package org.hospitalatlas.consortium;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hospitalatlas.shared.EvidenceColumns;

@Entity
@Table(name = "consortium")
class Consortium {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String slug;

    @Column(nullable = false, unique = true)
    private String name;

    @Column(nullable = false)
    private String type;

    @Column(name = "established_on")
    private LocalDate establishedOn;

    @Column(name = "established_precision")
    private String establishedPrecision;

    @Embedded
    private EvidenceColumns evidence;

    @Column(nullable = false, precision = 4, scale = 3)
    private BigDecimal confidence;

    @OneToMany(mappedBy = "consortium", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<ConsortiumMember> members = new ArrayList<>();

    protected Consortium() {}

    Consortium(String slug, NewConsortium c) {
        this.slug = slug;
        this.name = c.name();
        this.type = c.type();
        this.establishedOn = c.establishedOn();
        this.establishedPrecision = c.establishedOn() == null ? null : c.establishedPrecision();
        this.evidence = new EvidenceColumns(c.documentId(), c.start(), c.end(), c.quote());
        this.confidence = c.confidence();
    }

    /** A date learnt from a later document fills a gap; a known date is not overwritten. */
    void completeEstablished(LocalDate on, String precision) {
        if (establishedOn == null && on != null) {
            establishedOn = on;
            establishedPrecision = precision;
        }
    }

    boolean addMember(long hospitalId, String role, NewConsortium evidence) {
        boolean present = members.stream().anyMatch(m -> m.is(hospitalId, role));
        if (!present) {
            members.add(new ConsortiumMember(this, hospitalId, role, evidence));
        }
        return !present;
    }
}
