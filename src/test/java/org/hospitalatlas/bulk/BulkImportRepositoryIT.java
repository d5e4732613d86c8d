package org.hospitalatlas.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import org.hospitalatlas.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * The bulk import's repository on the real database — the import log and a dataset's document — each test in a
 * transaction rolled back at its end.
 */
@IntegrationTest
@Transactional
class BulkImportRepositoryIT {

    private static final String FILE_A = "a1".repeat(32);
    private static final String FILE_B = "b2".repeat(32);

    @Autowired
    BulkImportRepository imports;

    @Autowired
    ImportLog importLog;

    @Test
    void theLogCountsAndListsImportsNewestFirstAndSinceATime() {
        long before = importLog.count(null);
        OffsetDateTime aMinuteAgo = OffsetDateTime.now().minusMinutes(1);
        long recentBefore = importLog.count(aMinuteAgo);

        log(BulkImportKind.HOSPITALS, null, FILE_A, null);
        log(BulkImportKind.HOSPITALS, null, FILE_B, null);

        assertThat(importLog.count(null)).isEqualTo(before + 2).isEqualTo(imports.count());
        assertThat(importLog.count(aMinuteAgo)).isEqualTo(recentBefore + 2);
        assertThat(importLog.count(OffsetDateTime.now().plusDays(1))).isZero();
        List<ImportLogEntry> newest = importLog.recent(0, 2, null);
        assertThat(newest).extracting(ImportLogEntry::sha256).containsExactly(FILE_B, FILE_A);
        assertThat(newest.get(0).kind()).isEqualTo("hospitals");
        assertThat(newest.get(0).dataset()).isNull();
        assertThat(importLog.recent(0, 500, OffsetDateTime.now().plusDays(1))).isEmpty();
    }

    @Test
    void aFileImportedBeforeIsKnownByKindHashAndDataset() {
        assertThat(importLog.lastImportOf(BulkImportKind.HOSPITALS, FILE_A, null))
                .isNull();

        log(BulkImportKind.HOSPITALS, null, FILE_A, null);

        assertThat(importLog.lastImportOf(BulkImportKind.HOSPITALS, FILE_A, null))
                .isNotNull();
        assertThat(importLog.lastImportOf(BulkImportKind.CONSORTIA, FILE_A, null))
                .isNull();
        assertThat(importLog.lastImportOf(BulkImportKind.HOSPITALS, FILE_B, null))
                .isNull();
    }

    @Test
    void aDatasetsFileKeepsItsLabelWhenLoadedAgainAndANewFileGetsTheNextLine() {
        DatasetDocument.Label first = DatasetDocument.label(
                imports, "zz-fragment", BulkImportKind.INDICATOR_VALUES, "a.csv", FILE_A, 3, List.of("year"));
        log(BulkImportKind.INDICATOR_VALUES, first.datasetId(), FILE_A, first);

        DatasetDocument.Label again = DatasetDocument.label(
                imports, "zz-fragment", BulkImportKind.INDICATOR_VALUES, "a.csv", FILE_A, 3, List.of("year"));
        DatasetDocument.Label other = DatasetDocument.label(
                imports, "zz-fragment", BulkImportKind.REFORM_PILOTS, "b.csv", FILE_B, 1, List.of("year"));

        assertThat(first.quote()).isEqualTo("import 1");
        assertThat(first.documentSlug()).isEqualTo("import-zz-fragment");
        assertThat(again).isEqualTo(first);
        assertThat(other.quote()).isEqualTo("import 2");
        assertThat(other.start()).isGreaterThan(first.end());
        String text = imports.documentBody(first.documentId());
        assertThat(text.substring(first.start(), first.end())).isEqualTo("import 1");
        assertThat(text.substring(other.start(), other.end())).isEqualTo("import 2");
        assertThat(text).contains("import 2: reform-pilots from b.csv, sha256 " + FILE_B + ", 1 rows, columns year");
        assertThat(DatasetDocument.existingDocument(imports, "zz-fragment")).contains(first.documentId());
    }

    private void log(BulkImportKind kind, Long dataset, String sha256, DatasetDocument.Label label) {
        importLog.record(new CsvLoads.LoggedImport(
                kind.path(),
                dataset,
                kind.path() + ".csv",
                sha256,
                1,
                1,
                0,
                0,
                label == null ? null : label.start(),
                label == null ? null : label.end(),
                5));
    }
}
