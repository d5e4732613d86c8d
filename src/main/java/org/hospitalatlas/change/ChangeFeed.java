package org.hospitalatlas.change;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the change log (V042) in the order its transactions began, and only the part written by transactions older
 * than every one still running: entries appear there only once their transaction has ended, and none can later
 * appear before a cursor already given out. A long write holds the feed back until it commits.
 */
@Service
public class ChangeFeed {

    public static final int MAX_LIMIT = 1000;
    public static final int DEFAULT_LIMIT = 100;

    private final ChangeLogRepository log;

    ChangeFeed(ChangeLogRepository log) {
        this.log = log;
    }

    /** Up to {@code limit} changes after {@code after} (null: from the first). */
    @Transactional(readOnly = true)
    public ChangePage after(String after, int limit) {
        ChangeCursor from = after == null ? ChangeCursor.START : ChangeCursor.decode(after);
        if (from == null) {
            throw new IllegalArgumentException("not a cursor");
        }
        // one more than asked for says whether more are waiting
        List<LoggedChange> rows = log.after(from, limit + 1);
        boolean more = rows.size() > limit;
        List<LoggedChange> page = more ? rows.subList(0, limit) : rows;
        List<Change> items = new ArrayList<>(page.size());
        page.forEach(row -> items.add(row.change()));
        ChangeCursor next = page.isEmpty() ? from : page.get(page.size() - 1).cursor();
        return new ChangePage(items, next.encode(), more);
    }

    /** No changes, and the cursor after the last one so far: where a client that has read everything starts. */
    @Transactional(readOnly = true)
    public ChangePage latest() {
        ChangeCursor last = log.lastVisible().orElse(ChangeCursor.START);
        return new ChangePage(List.of(), last.encode(), false);
    }

    /** Whether {@code token} is a cursor this feed gave out (well formed). */
    public static boolean isCursor(String token) {
        return ChangeCursor.decode(token) != null;
    }
}
