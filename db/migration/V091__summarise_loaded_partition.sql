-- A dataset's first large load (bulk/DatasetPartition) summarised from its own table, before it is attached, instead
-- of by the generic refresh at commit (V070, V090), which recomputes every key of the document from indicator_value:
-- 588 000 keys and 6.47 M facts on a national load, 128-137 s of a 190-203 s import (bench/notes/perf-round3.md).
--
-- A key (kind, code, hospital) of the new table that no other fact that counts holds — no summary row, nothing queued
-- by this transaction — has all its facts in that table, one a year (the unique fact key: one document, no targets),
-- so its summaries need no choice among documents: each year's figure is the year's fact, the latest figure the
-- latest year's. Those rows are written here in two passes over the table, the year rows in the ranking index's
-- order. Every other key of the table is queued for the refresh at commit as before, with the other input of a
-- derived ratio whose one input is summarised here and whose other has figures elsewhere (its ratio then needs
-- both); a ratio whose two inputs are both summarised here is summarised here too. The summaries hold exactly what
-- the generic refresh would write (IndicatorSummaryPartitionIT builds both on the same data and compares them).
--
-- Called by the load after the table has its keys and before it is attached, under the fact tables' partition lock
-- (database/FactTables: no other writer of facts runs until the commit) and the refreshes' advisory lock (a refresh
-- that was already running has committed, so the summary rows read here are current). The advisory lock is now held
-- from here to the commit, across the attach: a writer that skipped FactTables' lock and wrote facts meanwhile would
-- wait for it at its own commit while the attach waits for that writer — a deadlock PostgreSQL breaks by failing one
-- of them (the import answers 503, busy). Every writer of the app takes FactTables' lock first.
create function summarise_loaded_partition(loaded regclass) returns void
    language plpgsql as $$
declare
    tx constant bigint := txid_current();
    queued bigint;
begin
    perform pg_advisory_xact_lock(7070);
    -- the new table has no statistics yet: with them, its latest figures are grouped in its unique key's order (an
    -- incremental sort of each hospital's few years) instead of one sort of every row spilled to disk
    execute format('analyze %s', loaded);

    -- keys held elsewhere too: the generic refresh at commit
    execute format($sql$
        insert into indicator_summary_queue (txid, kind, indicator_code, hospital_id)
        select distinct $1, p.kind, p.indicator_code, p.hospital_id
        from %s p
        join indicator_summary s on s.kind = p.kind and s.indicator_code = p.indicator_code
                                and s.hospital_id = p.hospital_id
        where not p.is_target
        on conflict do nothing
        $sql$, loaded) using tx;

    -- a derived ratio with one input here and the other held elsewhere: the other is refreshed at commit, which
    -- recomputes the ratio from every fact (indicator_summary_keys)
    execute format($sql$
        insert into indicator_summary_queue (txid, kind, indicator_code, hospital_id)
        select distinct $1, 'level', s.indicator_code, s.hospital_id
        from (select distinct p.indicator_code, p.hospital_id from %s p
              where p.kind = 'level' and not p.is_target
                and p.indicator_code in (select numerator from derived_indicator
                                         union select denominator from derived_indicator)) p
        join derived_indicator x on p.indicator_code in (x.numerator, x.denominator)
        join indicator_summary s on s.kind = 'level' and s.hospital_id = p.hospital_id
                                and s.indicator_code = case when p.indicator_code = x.numerator
                                                            then x.denominator else x.numerator end
        on conflict do nothing
        $sql$, loaded) using tx;

    select count(*) into queued from indicator_summary_queue where txid = tx;

    -- each year's chosen figure of the keys only this table holds (V090), in the ranking index's order
    execute format($sql$
        insert into indicator_year_summary (indicator_code, year, kind, hospital_id, value, qualifier, fact_id)
        select p.indicator_code, p.year, p.kind, p.hospital_id, p.value, p.qualifier, p.id
        from %s p
        where not p.is_target and p.review_state <> 'rejected'
          and not exists (select 1 from indicator_summary_queue q
                          where q.txid = $1 and q.kind = p.kind and q.indicator_code = p.indicator_code
                            and q.hospital_id = p.hospital_id)
        order by p.indicator_code, p.year, p.kind, p.value
        $sql$, loaded) using tx;

    -- their years and latest figure (V070); the coverage counts follow by V070's triggers
    execute format($sql$
        insert into indicator_summary (kind, indicator_code, hospital_id, years, latest_year, latest_id, latest_value,
                                       latest_qualifier)
        select g.kind, g.indicator_code, g.hospital_id, g.years, g.years[g.n], g.ids[g.n], g.figures[g.n],
               g.qualifiers[g.n]
        from (
            select p.kind, p.indicator_code, p.hospital_id, count(*) as n,
                   array_agg(p.year order by p.year) as years, array_agg(p.id order by p.year) as ids,
                   array_agg(p.value order by p.year) as figures, array_agg(p.qualifier order by p.year) as qualifiers
            from %s p
            where not p.is_target and p.review_state <> 'rejected'
              and not exists (select 1 from indicator_summary_queue q
                              where q.txid = $1 and q.kind = p.kind and q.indicator_code = p.indicator_code
                                and q.hospital_id = p.hospital_id)
            group by p.kind, p.indicator_code, p.hospital_id
        ) g
        $sql$, loaded) using tx;

    -- a derived ratio whose two inputs only this table holds: the years with both, the denominator positive
    execute format($sql$
        insert into indicator_summary (kind, indicator_code, hospital_id, years, latest_year, latest_id, latest_value,
                                       latest_qualifier)
        select 'level', x.code, n.hospital_id, array_agg(n.year order by n.year), max(n.year), null, null, null
        from derived_indicator x
        join %1$s n on n.indicator_code = x.numerator
        join %1$s d on d.hospital_id = n.hospital_id and d.indicator_code = x.denominator and d.year = n.year
        where n.kind = 'level' and not n.is_target and n.review_state <> 'rejected'
          and d.kind = 'level' and not d.is_target and d.review_state <> 'rejected' and d.value > 0
          and not exists (select 1 from indicator_summary_queue q
                          where q.txid = $1 and q.kind = 'level' and q.hospital_id = n.hospital_id
                            and q.indicator_code in (x.numerator, x.denominator))
        group by x.code, n.hospital_id
        $sql$, loaded) using tx;

    if queued > 0 then
        insert into indicator_summary_pending (txid) values (tx) on conflict do nothing;
    end if;
    -- the keys of this transaction's facts are summarised or queued: the import's log row queues nothing more
    -- (V070's queue_imported_dataset)
    perform set_config('hospital_atlas.indicator_summary_queued', 'on', true);
end;
$$;
