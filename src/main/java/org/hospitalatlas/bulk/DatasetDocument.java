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
import org.springframework.jdbc.core.simple.JdbcClient;

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
    static Optional<Long> existingDocument(JdbcClient jdbc, String dataset) {
        return jdbc.sql("select document_id from bulk_dataset where slug = :slug")
                .param("slug", dataset)
                .query(Long.class)
                .optional();
    }

    /** The label of this file in the dataset: the one it got when first loaded, or a new line appended now. */
    static Label label(
            JdbcClient jdbc,
            String dataset,
            BulkImportKind kind,
            String fileName,
            String sha256,
            long rows,
            List<String> columns) {
        long[] ids = datasetIds(jdbc, dataset);
        long datasetId = ids[0];
        long documentId = ids[1];
        String body = jdbc.sql("select body from source_document where id = :id")
                .param("id", documentId)
                .query(String.class)
                .single();
        Optional<int[]> previous = jdbc.sql("""
                        select label_start, label_end from bulk_import
                        where dataset_id = :dataset and kind = :kind and sha256 = :sha256 and label_start is not null
                        order by id limit 1
                        """)
                .param("dataset", datasetId)
                .param("kind", kind.path())
                .param("sha256", sha256)
                .query((rs, n) -> new int[] {rs.getInt(1), rs.getInt(2)})
                .optional();
        if (previous.isPresent()) {
            int[] span = previous.get();
            return new Label(
                    datasetId, documentId, documentSlug(dataset), span[0], span[1], body.substring(span[0], span[1]));
        }
        int number = jdbc.sql("select count(distinct label_start) from bulk_import where dataset_id = :dataset")
                        .param("dataset", datasetId)
                        .query(Integer.class)
                        .single()
                + 1;
        String label = "import " + number;
        String line = label + ": " + kind.path() + " from " + fileName + ", sha256 " + sha256 + ", " + rows
                + " rows, columns " + String.join(",", columns) + ", loaded "
                + OffsetDateTime.now(ZoneOffset.UTC)
                        .truncatedTo(ChronoUnit.SECONDS)
                        .format(DateTimeFormatter.ISO_INSTANT)
                + "\n";
        int start = body.length();
        String grown = body + line;
        jdbc.sql("update source_document set body = :body, sha256 = :sha256 where id = :id")
                .param("body", grown)
                .param("sha256", sha256Hex(grown))
                .param("id", documentId)
                .update();
        return new Label(datasetId, documentId, documentSlug(dataset), start, start + label.length(), label);
    }

    /** {bulk_dataset.id, source_document.id}, creating the dataset and its document on first use. */
    private static long[] datasetIds(JdbcClient jdbc, String dataset) {
        Optional<long[]> existing = jdbc.sql("select id, document_id from bulk_dataset where slug = :slug")
                .param("slug", dataset)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .optional();
        if (existing.isPresent()) {
            return existing.get();
        }
        String slug = documentSlug(dataset);
        boolean taken = jdbc.sql("select exists (select 1 from source_document where slug = :slug)")
                .param("slug", slug)
                .query(Boolean.class)
                .single();
        if (taken) {
            throw new InvalidInputException(
                    "dataset",
                    "the document slug '" + slug + "' belongs to a document that is not a bulk-import dataset;"
                            + " choose another dataset name");
        }
        String body = "Bulk import dataset \"" + dataset + "\" of Hospital Atlas.\n"
                + "This document stands for the CSV files loaded into the dataset by the bulk import, not for a text."
                + " Each line below records one file by its SHA-256; every fact loaded from that file quotes the"
                + " line's \"import N\" label and keeps its line number in the file as source_line.\n\n";
        long documentId = jdbc.sql("""
                        insert into source_document (slug, title, publisher, sha256, body)
                        values (:slug, :title, :publisher, :sha256, :body)
                        returning id
                        """)
                .param("slug", slug)
                .param("title", "Bulk import: " + dataset)
                .param("publisher", PUBLISHER)
                .param("sha256", sha256Hex(body))
                .param("body", body)
                .query(Long.class)
                .single();
        long datasetId = jdbc.sql("insert into bulk_dataset (slug, document_id) values (:slug, :document) returning id")
                .param("slug", dataset)
                .param("document", documentId)
                .query(Long.class)
                .single();
        return new long[] {datasetId, documentId};
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
