package org.hospitalatlas.change;

import org.springframework.data.repository.Repository;

/**
 * The change log, read-only: a plain {@link Repository} (no save or delete: only the database's triggers write the
 * log) whose reads are the {@link ChangeLogReads} fragment.
 */
interface ChangeLogRepository extends Repository<ChangeLogEntry, Long>, ChangeLogReads {}
