package org.hospitalatlas.bulk;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hospitalatlas.database.FactTables;

/**
 * Loads a large dataset into a partition of its own (V033): a table shaped like the partitioned table is
 * created, filled with one {@code INSERT … SELECT} while it has no index and no foreign key, then given the
 * parent's keys, indexes and foreign keys — each built in one sort or checked with one join instead of one
 * insertion and one lookup per row — and attached for the dataset's document. All in the caller's transaction:
 * a failure anywhere leaves nothing behind.
 *
 * <p>Locks. The caller has taken {@link FactTables#lockForPartitionLoad} as the transaction's first lock on the
 * tables the foreign keys reference ({@code hospital}, {@code indicator}, {@code source_document}): adding the keys
 * needs it, and every other writer takes {@link FactTables#lockForWriting} first too, so they queue instead of
 * deadlocking. From then until the commit, writes to those tables wait (readers do not). The attach comes last:
 * it takes {@code ACCESS EXCLUSIVE} on the default partition (which it scans for rows of the document) and on the
 * referenced tables (it drops the partition's own foreign-key triggers), so readers of those tables wait from the
 * attach to the commit — for the scan of the default partition, milliseconds while it holds facts read from
 * texts. The attach waits at most {@value #ATTACH_LOCK_TIMEOUT} for its locks rather than queue every reader
 * behind a long one.
 *
 * <p>What the writers keep beside the table (for {@code indicator_value}, the summaries of V070 and V090) is written
 * from the new table before the attach ({@link CsvFormat#partitionSummary()}, V091): the keys no other document holds
 * in one pass over it, the others queued for the refresh at commit. The refresh would otherwise recompute every key of
 * the document at commit, after the attach, while readers wait. A load larger than the year summary writes that
 * summary anew and swaps it in (V092), which holds its readers from the swap to the commit as the attach holds the
 * readers of the tables it locks; the swap waits for its lock as long as the attach does.
 *
 * <p>The new pages (the partition's and the summaries') are marked all-visible only by a VACUUM after the commit,
 * which the caller runs: until then a ranking reads the heap instead of answering from its covering index. The keys,
 * indexes, foreign keys and checks are read from the catalogue, so a later migration that adds one to the parent is
 * built here too.
 *
 * <p>The statements are {@link PartitionWritesImpl}'s; this class names the partition and its indexes.
 */
final class DatasetPartition {

    private static final Pattern INDEX = Pattern.compile("^CREATE (UNIQUE )?INDEX \\S+ ON ONLY \\S+ ");
    static final String ATTACH_LOCK_TIMEOUT = "10s";

    private DatasetPartition() {}

    /** The partition's name for a document; also what {@link PartitionWrites#partitionExists} looks for. */
    static String name(String table, long documentId) {
        return table + "_document_" + documentId;
    }

    /**
     * The parent's {@code CREATE [UNIQUE] INDEX name ON ONLY parent …}, as {@code pg_get_indexdef} writes it,
     * made the same index on the partition, named by PostgreSQL.
     */
    static String onPartition(String definition, String partition) {
        Matcher matcher = INDEX.matcher(definition);
        if (!matcher.find()) {
            throw new IllegalStateException("unexpected index definition: " + definition);
        }
        String unique = matcher.group(1) == null ? "" : "UNIQUE ";
        return matcher.replaceFirst(Matcher.quoteReplacement("CREATE " + unique + "INDEX ON " + partition + " "));
    }
}
