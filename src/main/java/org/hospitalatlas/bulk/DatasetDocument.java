package org.hospitalatlas.bulk;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.hospitalatlas.shared.InvalidInputException;

/**
 * The evidence of bulk-imported facts. A dataset ({@code synthetic}, {@code nhc-2023} …) is one source
 * document, {@code import-<dataset>}, whose text records each file loaded into it on a line of its own:
 *
 * <pre>import 3: indicator-values from indicator_values.csv, sha256 9f86…, 6468000 rows, columns …, loaded …</pre>
 *
 * A fact loaded from that file quotes the line's label {@code import 3} at its offsets in the text (so the
 * quote is, as for every fact, exactly {@code text.substring(start, end)}) and keeps its line in the file as
 * {@code source_line}. The text only grows: earlier labels keep their offsets, and loading the same file
 * again reuses its label instead of adding a line.
 */
final class DatasetDocument {

    static final String PUBLISHER = "Hospital Atlas bulk import";

    /** Where a file's facts point: the dataset's document and the span of the file's label in its text. */
    record Label(long datasetId, long documentId, String documentSlug, int start, int end, String quote) {}

    private DatasetDocument() {}

    static String documentSlug(String dataset) {
        return "import-" + dataset;
    }

    /** The dataset's document id, if the dataset exists. */
    static Optional<Long> existingDocument(DatasetWrites datasets, String dataset) {
        return datasets.datasetIds(dataset).map(DatasetWrites.DatasetIds::documentId);
    }

    /** The label of this file in the dataset: the one it got when first loaded, or a new line appended now. */
    static Label label(
            DatasetWrites datasets,
            String dataset,
            BulkImportKind kind,
            String fileName,
            String sha256,
            long rows,
            List<String> columns) {
        DatasetWrites.DatasetIds ids = datasetIds(datasets, dataset);
        long datasetId = ids.datasetId();
        long documentId = ids.documentId();
        String body = datasets.documentBody(documentId);
        Optional<DatasetWrites.Span> previous = datasets.fileLabel(datasetId, kind.path(), sha256);
        if (previous.isPresent()) {
            DatasetWrites.Span span = previous.get();
            return new Label(
                    datasetId,
                    documentId,
                    documentSlug(dataset),
                    span.start(),
                    span.end(),
                    body.substring(span.start(), span.end()));
        }
        int number = datasets.labelCount(datasetId) + 1;
        String label = "import " + number;
        String line = label + ": " + kind.path() + " from " + fileName + ", sha256 " + sha256 + ", " + rows
                + " rows, columns " + String.join(",", columns) + ", loaded "
                + OffsetDateTime.now(ZoneOffset.UTC)
                        .truncatedTo(ChronoUnit.SECONDS)
                        .format(DateTimeFormatter.ISO_INSTANT)
                + "\n";
        int start = body.length();
        String grown = body + line;
        datasets.rewriteDocument(documentId, grown, sha256Hex(grown));
        return new Label(datasetId, documentId, documentSlug(dataset), start, start + label.length(), label);
    }

    /** The dataset's ids, creating the dataset and its document on first use. */
    private static DatasetWrites.DatasetIds datasetIds(DatasetWrites datasets, String dataset) {
        Optional<DatasetWrites.DatasetIds> existing = datasets.datasetIds(dataset);
        if (existing.isPresent()) {
            return existing.get();
        }
        String slug = documentSlug(dataset);
        if (datasets.documentSlugTaken(slug)) {
            throw new InvalidInputException(
                    "dataset",
                    "the document slug '" + slug + "' belongs to a document that is not a bulk-import dataset;"
                            + " choose another dataset name");
        }
        String body = "Bulk import dataset \"" + dataset + "\" of Hospital Atlas.\n"
                + "This document stands for the CSV files loaded into the dataset by the bulk import, not for a text."
                + " Each line below records one file by its SHA-256; every fact loaded from that file quotes the"
                + " line's \"import N\" label and keeps its line number in the file as source_line.\n\n";
        return datasets.createDataset(dataset, slug, "Bulk import: " + dataset, PUBLISHER, body, sha256Hex(body));
    }

    static String sha256Hex(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
