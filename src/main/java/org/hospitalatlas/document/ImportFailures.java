package org.hospitalatlas.document;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Remembers documents whose import failed, in a transaction of its own (the import itself rolled back). */
@Component
class ImportFailures {

    private final JdbcClient jdbc;

    ImportFailures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(String slug, String sha256, String reason) {
        jdbc.sql("""
                        insert into import_failure (slug, sha256, reason) values (:slug, :sha256, :reason)
                        on conflict (slug) do update
                        set sha256 = excluded.sha256, reason = excluded.reason, failed_at = now()
                        """)
                .param("slug", slug)
                .param("sha256", sha256)
                .param("reason", reason)
                .update();
    }
}
