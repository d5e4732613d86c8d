package org.hospitalatlas.bulk;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@link DatasetWrites} in SQL. */
class DatasetWritesImpl implements DatasetWrites {

    private static final String DATASET_IDS = "select id, document_id from bulk_dataset where slug = :slug";
    private static final String DOCUMENT_SLUG_TAKEN =
            "select exists (select 1 from source_document where slug = :slug)";
    private static final String CREATE_DOCUMENT = """
            insert into source_document (slug, title, publisher, sha256, body)
            values (:slug, :title, :publisher, :sha256, :body)
            returning id
            """;
    private static final String CREATE_DATASET =
            "insert into bulk_dataset (slug, document_id) values (:slug, :document) returning id";
    private static final String DOCUMENT_BODY = "select body from source_document where id = :id";
    private static final String FILE_LABEL = """
            select label_start, label_end from bulk_import
            where dataset_id = :dataset and kind = :kind and sha256 = :sha256 and label_start is not null
            order by id limit 1
            """;
    private static final String LABEL_COUNT =
            "select count(distinct label_start) from bulk_import where dataset_id = :dataset";
    private static final String REWRITE_DOCUMENT =
            "update source_document set body = :body, sha256 = :sha256 where id = :id";

    private final JdbcClient jdbc;

    DatasetWritesImpl(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<DatasetIds> datasetIds(String dataset) {
        return jdbc.sql(DATASET_IDS)
                .param("slug", dataset)
                .query((rs, n) -> new DatasetIds(rs.getLong(1), rs.getLong(2)))
                .optional();
    }

    @Override
    public boolean documentSlugTaken(String documentSlug) {
        return jdbc.sql(DOCUMENT_SLUG_TAKEN)
                .param("slug", documentSlug)
                .query(Boolean.class)
                .single();
    }

    @Override
    public DatasetIds createDataset(
            String dataset, String documentSlug, String title, String publisher, String body, String sha256) {
        long documentId = jdbc.sql(CREATE_DOCUMENT)
                .param("slug", documentSlug)
                .param("title", title)
                .param("publisher", publisher)
                .param("sha256", sha256)
                .param("body", body)
                .query(Long.class)
                .single();
        long datasetId = jdbc.sql(CREATE_DATASET)
                .param("slug", dataset)
                .param("document", documentId)
                .query(Long.class)
                .single();
        return new DatasetIds(datasetId, documentId);
    }

    @Override
    public String documentBody(long documentId) {
        return jdbc.sql(DOCUMENT_BODY)
                .param("id", documentId)
                .query(String.class)
                .single();
    }

    @Override
    public Optional<Span> fileLabel(long datasetId, String kind, String sha256) {
        return jdbc.sql(FILE_LABEL)
                .param("dataset", datasetId)
                .param("kind", kind)
                .param("sha256", sha256)
                .query((rs, n) -> new Span(rs.getInt(1), rs.getInt(2)))
                .optional();
    }

    @Override
    public int labelCount(long datasetId) {
        return jdbc.sql(LABEL_COUNT)
                .param("dataset", datasetId)
                .query(Integer.class)
                .single();
    }

    @Override
    public void rewriteDocument(long documentId, String body, String sha256) {
        jdbc.sql(REWRITE_DOCUMENT)
                .param("body", body)
                .param("sha256", sha256)
                .param("id", documentId)
                .update();
    }
}
