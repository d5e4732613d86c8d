package org.hospitalatlas.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Where a stored fact was read: its document and the span of the quote in the document's text. The same four
 * columns in every fact table (indicator_value, reform_pilot, consortium, consortium_member).
 */
@Embeddable
public class EvidenceColumns {

    @Column(name = "document_id", nullable = false)
    private long documentId;

    @Column(name = "char_start", nullable = false)
    private int charStart;

    @Column(name = "char_end", nullable = false)
    private int charEnd;

    @Column(nullable = false)
    private String quote;

    protected EvidenceColumns() {}

    public EvidenceColumns(long documentId, int charStart, int charEnd, String quote) {
        this.documentId = documentId;
        this.charStart = charStart;
        this.charEnd = charEnd;
        this.quote = quote;
    }
}
