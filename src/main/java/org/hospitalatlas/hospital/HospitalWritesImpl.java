package org.hospitalatlas.hospital;

import java.util.Collection;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@link HospitalWrites} in SQL. Whether a hospital is still referenced is asked of the tables that refer to it (a
 * document's mentions, indicator values, reform pilots, memberships) and whether a hospitals.csv import registered it
 * of the import log, in the one statement that deletes it: checking them apart, through each module, would leave a
 * moment between the check and the delete.
 */
class HospitalWritesImpl implements HospitalWrites {

    private static final String DELETE_UNREFERENCED = """
            delete from hospital h
            where h.id in (:named)
              and h.created_at is not null
              and not exists (select 1 from bulk_import b
                              where b.kind = 'hospitals' and b.imported_at = h.created_at)
              and not exists (select 1 from document_hospital x where x.hospital_id = h.id)
              and not exists (select 1 from indicator_value x where x.hospital_id = h.id)
              and not exists (select 1 from reform_pilot x where x.hospital_id = h.id)
              and not exists (select 1 from consortium_member x where x.hospital_id = h.id)
            """;

    private final JdbcClient jdbc;

    HospitalWritesImpl(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int deleteUnreferenced(Collection<Long> candidates) {
        if (candidates.isEmpty()) {
            return 0;
        }
        return jdbc.sql(DELETE_UNREFERENCED).param("named", candidates).update();
    }
}
