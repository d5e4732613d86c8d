package org.hospitalatlas.bulk;

import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@link BulkImportReads} in SQL. */
class BulkImportReadsImpl implements BulkImportReads {

    private static final String RECENT_IMPORTS = """
            select i.kind, d.slug as dataset, i.file_name, i.sha256, i.rows, i.inserted, i.updated,
                   i.unchanged, i.elapsed_ms, i.imported_at
            from bulk_import i
            left join bulk_dataset d on d.id = i.dataset_id
            where (cast(:since as timestamptz) is null or i.imported_at > :since)
            order by i.imported_at desc, i.id desc
            limit :limit offset :offset
            """;

    private static final String LAST_IMPORT_OF = """
            select max(imported_at) from bulk_import
            where kind = :kind and sha256 = :sha256 and dataset_id is not distinct from :dataset
            """;

    private final JdbcClient jdbc;

    BulkImportReadsImpl(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<ImportLogEntry> recentImports(OffsetDateTime since, int limit, long offset) {
        return jdbc.sql(RECENT_IMPORTS)
                .param("since", since)
                .param("limit", limit)
                .param("offset", offset)
                .query(ImportLogEntry.class)
                .list();
    }

    @Override
    public OffsetDateTime lastImportOf(String kind, String sha256, Long datasetId) {
        return jdbc.sql(LAST_IMPORT_OF)
                .param("kind", kind)
                .param("sha256", sha256)
                .param("dataset", datasetId)
                .query(OffsetDateTime.class)
                .optional()
                .orElse(null);
    }
}
