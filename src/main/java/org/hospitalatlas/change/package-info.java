/**
 * The change feed ({@code /changes}): what was written, in commit order, for clients that sync incrementally.
 *
 * <p>The log is written by database triggers only, so its repository is a read-only Spring Data {@code Repository} of
 * {@code ChangeLogEntry} whose reads are a fragment ({@code ChangeLogReads}): the feed's order and what it may show
 * are PostgreSQL's transaction ids and snapshot, SQL no query method expresses.
 */
package org.hospitalatlas.change;
