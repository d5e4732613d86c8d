package org.hospitalatlas.change;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import org.hospitalatlas.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * The log is read in the order of its transactions' ids as numbers, not as the text a cursor carries them in: "999"
 * sorts after "1000" as text. Rows written here with chosen transaction ids, each test rolled back at its end.
 */
@IntegrationTest
@Transactional
class ChangeLogReadsIT {

    @Autowired
    ChangeLogRepository log;

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
