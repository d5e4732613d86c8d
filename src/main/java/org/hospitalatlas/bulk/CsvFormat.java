package org.hospitalatlas.bulk;

import java.util.List;
import java.util.Set;

/**
 * One CSV file format of the bulk import and the set-based SQL that checks and writes it. Every statement reads
 * the staging table {@code bulk_stage}: a {@code line} column (the row's line in the file) and one text column
 * per known column of the format, null where the file has no such column or an empty cell.
 */
interface CsvFormat {

    /** Every column the format knows, in the order the documentation lists them. */
    List<String> columns();

    /** The columns a file must have. */
    Set<String> required();

    /**
     * {@code select line, reason} for every bad row: the first thing wrong with it, naming the column and
     * quoting at most 100 characters of the cell. May use {@code :document}, the dataset's document id or -1.
     */
    String rejectedRows();

    /** {@code select line, reason} for every row that repeats the key of an earlier row. */
    String duplicateRows();

    /**
     * True to look for duplicate keys before writing (small files); false to let the write trip on them
     * (PostgreSQL refuses to touch a row twice in one statement) and look only then: a full sort of millions of
     * rows saved on every good file.
     */
    boolean duplicatesFirst();

    /**
     * The one set-based upsert from {@code bulk_stage}: answers one row {@code (inserted, updated)}. Facts with
     * evidence bind {@code :document, :start, :end, :quote}.
     */
    String upsert();

    /**
     * The same load as a plain {@code INSERT … SELECT} answering its row count, for a dataset that has no rows
     * in the table yet, where no key can conflict: it skips the conflict checks and the returned rows. Null when
     * the format has none.
     */
    default String insertOnly() {
        return null;
    }

    /**
     * What {@link #insertOnly()} inserts, as its column list and its {@code SELECT} from {@code bulk_stage}, for a
     * format whose table is partitioned by document so that a large first load of a dataset can get a partition
     * of its own ({@link DatasetPartition}). Null for the others.
     *
     * <p>A format that has it promises that its {@code SELECT} leaves out every row {@link #rejectedRows()} would
     * name and the table's constraints would not refuse; a first load is then written before it is checked, and
     * checked only when the write fails or leaves rows out.
     */
    default Rows rows() {
        return null;
    }

    /** The columns of an {@code INSERT} and the {@code SELECT} that gives them. */
    record Rows(String columns, String select) {}

    /**
     * For a format with {@link #rows()}: the statement that writes what the writers keep beside the table (its
     * summaries) for the rows of a partition built by {@link DatasetPartition}, before it is attached; binds
     * {@code :partition}, the new table's name. Null when nothing is kept.
     */
    default String partitionSummary() {
        return null;
    }

    /**
     * The tables the writers keep beside {@link #table()} from its rows (its summaries): vacuumed and analysed with it
     * after a large load, so that reads answered from their indexes need not visit the heap until autovacuum comes.
     */
    default List<String> summaryTables() {
        return List.of();
    }

    /** Whether rows are facts citing the dataset's document (indicator values, pilots, consortia, members). */
    boolean evidence();

    /** The table written, analysed after a large import. */
    String table();
}
