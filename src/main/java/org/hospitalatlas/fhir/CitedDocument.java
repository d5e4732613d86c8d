package org.hospitalatlas.fhir;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A source document as the export cites it (a {@code DocumentReference}): the fields a citation needs, read-only, the
 * text left out. The export owns no table; this read model of {@code source_document} (written by the document module)
 * is the domain type of its repository.
 */
@Entity
@Immutable
@Table(name = "source_document")
class CitedDocument {

    @Id
    private Long id;

    @Column(nullable = false)
    private String slug;

    private String title;
    private String publisher;

    @Column(name = "published_on")
    private LocalDate publishedOn;

    @Column(name = "origin_url")
    private String originUrl;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "imported_at", nullable = false)
    private OffsetDateTime importedAt;

    protected CitedDocument() {}

    FhirRows.Document row() {
        return new FhirRows.Document(slug, title, publisher, publishedOn, originUrl, sha256, importedAt.toInstant());
    }
}
