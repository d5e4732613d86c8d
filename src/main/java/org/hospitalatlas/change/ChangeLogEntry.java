package org.hospitalatlas.change;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.hibernate.annotations.Immutable;

/**
 * One row of the change log (V042), written only by the database's triggers: the change module's aggregate and its
 * repository's domain type, mapped so that the schema validation checks it against the table. The feed is read in SQL
 * ({@link ChangeLogReads}): its order is the transaction id ({@code tx}, an {@code xid8}, not mapped here) and what
 * it may show depends on PostgreSQL's snapshot.
 */
@Entity
@Immutable
@Table(name = "change_log")
class ChangeLogEntry {

    @Id
    private Long id;

    @Column(name = "changed_at", nullable = false)
    private OffsetDateTime changedAt;

    @Column(nullable = false)
    private String entity;

    @Column(nullable = false)
    private String action;

    @Column(name = "entity_id")
    private Long entityId;

    private String slug;
    private String document;
    private String hospital;

    @Column(nullable = false)
    private int count;

    protected ChangeLogEntry() {}
}
