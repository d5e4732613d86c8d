package org.hospitalatlas.database;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One lock order for every transaction that writes facts, so that they queue instead of deadlocking. A bulk load
 * into a partition of its own adds foreign keys to the tables facts reference and attaches the partition at the
 * end, which needs {@code SHARE ROW EXCLUSIVE} and then {@code ACCESS EXCLUSIVE} on them. A writer that first
 * read one of them and only then asked for its row lock could wait for that load while the load waits for its
 * read: a deadlock. So every writer takes its lock on all of them first, in one statement, before it reads
 * anything: ordinary writers in {@code ROW EXCLUSIVE} mode (what their inserts take anyway; they never wait for
 * each other), a partition load in {@code SHARE ROW EXCLUSIVE} mode (writers wait for it, readers do not).
 */
public final class FactTables {

    /** The tables {@code indicator_value}'s foreign keys reference (SchemaIT checks the list). */
    public static final String REFERENCED = "hospital, indicator, source_document";

    private FactTables() {}

    /** The first statement of a transaction that writes facts, hospitals or documents. */
    public static void lockForWriting(JdbcClient tx) {
        tx.sql("lock table " + REFERENCED + " in row exclusive mode").update();
    }

    /** The first statement of a transaction that will add foreign keys to a new partition and attach it. */
    public static void lockForPartitionLoad(JdbcClient tx) {
        tx.sql("lock table " + REFERENCED + " in share row exclusive mode").update();
    }
}
