package org.hospitalatlas.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "source_document")
class SourceDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String slug;

    private String title;
    private String publisher;

    @Column(name = "published_on")
    private LocalDate publishedOn;

    @Column(name = "origin_url")
    private String originUrl;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(nullable = false, unique = true, length = 64)
    private String sha256;

    @Column(nullable = false)
    private String body;

    @Column(name = "imported_at", nullable = false)
    private OffsetDateTime importedAt;

    protected SourceDocument() {}

    SourceDocument(String slug, NewDocument document, String sha256, LocalDate publishedOn) {
        this.slug = slug;
        this.title = document.title();
        this.publisher = document.publisher();
        this.publishedOn = publishedOn;
        this.originUrl = document.originUrl();
        this.sha256 = sha256;
        this.body = document.text();
        this.importedAt = OffsetDateTime.now();
    }

    Long id() {
        return id;
    }

    String slug() {
        return slug;
    }
}
