package org.hospitalatlas.change;

import java.util.List;
import java.util.Optional;

/**
 * The feed's reads: only entries of transactions older than every one still running, in the order the transactions
 * began. The order and the visibility rule are PostgreSQL's ({@code xid8}, {@code pg_current_snapshot()}), so the SQL
 * is written by hand in a repository fragment.
 */
interface ChangeLogReads {

    /** Up to {@code limit} visible changes after {@code from}, oldest first. */
    List<LoggedChange> after(ChangeCursor from, int limit);

    /** Where the last visible change is, if there is any. */
    Optional<ChangeCursor> lastVisible();
}
