package org.hospitalatlas.bulk;

import java.util.Optional;

/**
 * The reads and writes of a dataset and its document ({@link DatasetDocument}), in the load's transaction
 * ({@link DatasetWritesImpl}).
 */
interface DatasetWrites {

    /** A dataset's row and its document's. */
    record DatasetIds(long datasetId, long documentId) {}

    Optional<DatasetIds> datasetIds(String dataset);

    /** Whether a document, of a dataset or not, is stored under this slug. */
    boolean documentSlugTaken(String documentSlug);

    /** Stores the dataset's document and the dataset. */
    DatasetIds createDataset(
            String dataset, String documentSlug, String title, String publisher, String body, String sha256);

    String documentBody(long documentId);

    /** The span of a file's label in the dataset's text. */
    record Span(int start, int end) {}

    /** The label the file (by kind and hash) got when first loaded into the dataset, if it was. */
    Optional<Span> fileLabel(long datasetId, String kind, String sha256);

    /** How many labels the dataset's text has. */
    int labelCount(long datasetId);

    /** Replaces the document's text (grown by a line) and its hash. */
    void rewriteDocument(long documentId, String body, String sha256);
}
