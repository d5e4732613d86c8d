package org.hospitalatlas.consortium;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

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

    @Column(name = "document_id", nullable = false)
    private long documentId;

    @Column(name = "char_start", nullable = false)
    private int charStart;

    @Column(name = "char_end", nullable = false)
    private int charEnd;

    @Column(nullable = false)
    private String quote;

    protected ConsortiumMember() {}

    ConsortiumMember(Consortium consortium, long hospitalId, String role, NewConsortium evidence) {
        this.consortium = consortium;
        this.hospitalId = hospitalId;
        this.role = role;
        this.documentId = evidence.documentId();
        this.charStart = evidence.start();
        this.charEnd = evidence.end();
        this.quote = evidence.quote();
    }

    boolean is(long hospitalId, String role) {
        return this.hospitalId == hospitalId && this.role.equals(role);
    }
}
