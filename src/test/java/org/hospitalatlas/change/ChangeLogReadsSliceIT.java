package org.hospitalatlas.change;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.Optional;
import org.hospitalatlas.support.RepositorySlice;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The feed's hand-written reads ({@link ChangeLogReadsImpl}) in a slice of their own. The log is read in the order of
 * its transactions' ids as numbers, not as the text a cursor carries them in: "999" sorts after "1000" as text; and
 * only entries of transactions older than every running one are visible. Rows written here with chosen transaction
 * ids, each test rolled back at its end.
 */
@RepositorySlice
@Import(ChangeLogReadsImpl.class)
class ChangeLogReadsSliceIT {

    @Autowired
    ChangeLogReads log;

    @Autowired
    JdbcClient jdbc;

    @Test
    void changesFollowTheirTransactionsInNumericOrder() {
        long nine = logged(9);
        long ten = logged(10);

        assertThat(log.after(new ChangeCursor(BigInteger.valueOf(8), Long.MAX_VALUE), 2))
                .extracting(LoggedChange::cursor)
                .containsExactly(new ChangeCursor(BigInteger.valueOf(9), nine), new ChangeCursor(BigInteger.TEN, ten));
    }

    @Test
    void aCursorIsExclusiveAndAnEntryCarriesItsColumns() {
        long first = logged(9);
        long second = logged(9);

        assertThat(log.after(new ChangeCursor(BigInteger.valueOf(9), first), 1))
                .singleElement()
                .satisfies(entry -> {
                    assertThat(entry.cursor()).isEqualTo(new ChangeCursor(BigInteger.valueOf(9), second));
                    Change change = entry.change();
                    assertThat(change.entity()).isEqualTo("hospital");
                    assertThat(change.action()).isEqualTo("added");
                    assertThat(change.id()).isEqualTo(1L);
                    assertThat(change.slug()).isEqualTo("feed-order");
                    assertThat(change.document()).isNull();
                    assertThat(change.hospital()).isNull();
                    assertThat(change.count()).isEqualTo(1);
                    assertThat(change.changedAt()).isNotNull();
                });
    }

    @Test
    void theRunningTransactionsOwnEntriesAreNotVisible() {
        long own = jdbc.sql("select pg_current_xact_id()::text::bigint")
                .query(Long.class)
                .single();
        long entry = logged(own);

        assertThat(log.after(new ChangeCursor(BigInteger.valueOf(own - 1), Long.MAX_VALUE), 100))
                .extracting(c -> c.cursor().id())
                .doesNotContain(entry);
        assertThat(log.lastVisible().map(ChangeCursor::id)).isNotEqualTo(Optional.of(entry));
    }

    @Test
    void theLastVisibleChangeIsThatOfTheNewestTransactionWhateverItsNumberOfDigits() {
        long xmin = jdbc.sql("select pg_snapshot_xmin(pg_current_snapshot())::text::bigint")
                .query(Long.class)
                .single();
        long newest = xmin - 1;
        // as many nines as newest has digits less one: the greatest of all as text ("99" > "870", "999" > "1068")
        long nines = (long) Math.pow(10, String.valueOf(newest).length() - 1) - 1;
        logged(nines);
        long last = logged(newest);

        assertThat(log.lastVisible()).contains(new ChangeCursor(BigInteger.valueOf(newest), last));
    }

    /** A change logged as if by transaction {@code tx}; its id. */
    private long logged(long tx) {
        return jdbc.sql("""
                        insert into change_log (tx, entity, action, entity_id, slug)
                        values (cast(cast(:tx as text) as xid8), 'hospital', 'added', 1, 'feed-order')
                        returning id
                        """).param("tx", String.valueOf(tx)).query(Long.class).single();
    }
}
