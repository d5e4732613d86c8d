package org.hospitalatlas.bulk;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One accepted bulk import, as the import log keeps it (V020). Written only by the load's own statement in the
 * import's transaction ({@link CsvLoads#logImport}), whose {@code now()} must equal the hospitals' {@code created_at}
 * it registered; read here.
 */
@Entity
@Immutable
@Table(name = "bulk_import")
class BulkImport {

    @Id
    private Long id;

    @Column(nullable = false)
    private String kind;

    @Column(name = "dataset_id")
    private Long datasetId;

    @Column(name = "file_name")
    private String fileName;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(nullable = false)
    private long rows;

    @Column(nullable = false)
    private long inserted;

    @Column(nullable = false)
    private long updated;

    @Column(nullable = false)
    private long unchanged;

    @Column(name = "label_start")
    private Integer labelStart;

    @Column(name = "label_end")
    private Integer labelEnd;

    @Column(name = "elapsed_ms", nullable = false)
    private long elapsedMs;

    @Column(name = "imported_at", nullable = false)
    private OffsetDateTime importedAt;

    protected BulkImport() {}
}
