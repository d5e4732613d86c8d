-- A dataset's first large load (V091) inserted its year rows into indicator_year_summary one by one, each into the
-- primary key and the ranking index: 6.47 M rows and ~38 s of a national first load (bench/notes/perf-round3.md).
-- When the load brings more rows than the summary holds, the summary is now written anew instead: its rows and the
-- load's into a table with no index, whose key and ranking index are then built by one sort each, and which takes
-- the summary's place before the attach (bench/notes/perf-round6.md). A smaller load, over a larger summary, inserts
-- as before: rebuilding would rewrite every row already kept.
--
-- Readers. Until the swap they read the summary as it was: the new table is the load's own until the commit. The
-- swap, the load's last step before the attach, drops the old table, which takes ACCESS EXCLUSIVE on it to the
-- commit: rankings of one year wait from the swap to the commit, then read the new table whole. They wait for that
-- span anyway: the attach takes ACCESS EXCLUSIVE on hospital, indicator, source_document and the default partition
-- to the commit, and such a ranking reads hospital (only a page past the last, which counts the group, reads the
-- summary alone: it waits the milliseconds from the swap to the attach more). The swap waits for readers' locks as
-- long as the attach does (DatasetPartition.ATTACH_LOCK_TIMEOUT), then the import answers busy. A failure anywhere,
-- before or after the swap, rolls the transaction back and leaves the old table, its rows, key, index and trigger as
-- they were.
--
-- Like TRUNCATE, the swap is not MVCC-safe: a REPEATABLE READ transaction whose snapshot was taken before the commit
-- and that first reads the summary after it would find the new table empty. The app reads in READ COMMITTED, where
-- a statement's snapshot is taken after its locks, so it sees the new table whole.

-- The rebuilt summary in the place of indicator_year_summary, with V090's key, index and trigger under their names:
-- the indexes are built here, while readers still read the old table, and take their names once it is dropped.
create function swap_in_indicator_year_summary(rebuilt regclass) returns void
    language plpgsql as $$
begin
    execute format('alter table %s add constraint pk_indicator_year_summary_rebuilt '
                   'primary key (indicator_code, year, kind, hospital_id)', rebuilt);
    execute format('create index ix_indicator_year_summary_rebuilt_ranking on %s (indicator_code, year, kind, value)',
                   rebuilt);
    -- statistics from the start (the vacuum after the commit makes its pages all-visible)
    execute format('analyze %s', rebuilt);

    drop table indicator_year_summary;
    execute format('alter table %s rename to indicator_year_summary', rebuilt);
    -- renaming a key's index renames the key
    alter index pk_indicator_year_summary_rebuilt rename to pk_indicator_year_summary;
    alter index ix_indicator_year_summary_rebuilt_ranking rename to ix_indicator_year_summary_ranking;
    create trigger tg_indicator_year_summary_data_version after insert or update or delete or truncate
        on indicator_year_summary for each statement execute function bump_data_version();
end;
$$;

-- As V091, but the year rows come last, right before the attach, and a load larger than the summary rebuilds it.
create or replace function summarise_loaded_partition(loaded regclass) returns void
    language plpgsql as $$
declare
    tx constant bigint := txid_current();
    queued bigint;
    loaded_rows bigint;
    -- each year's chosen figure of the keys only this table holds (V090)
    year_rows constant text := format($sql$
        select p.indicator_code, p.year, p.kind, p.hospital_id, p.value, p.qualifier, p.id
        from %s p
        where not p.is_target and p.review_state <> 'rejected'
          and not exists (select 1 from indicator_summary_queue q
                          where q.txid = $1 and q.kind = p.kind and q.indicator_code = p.indicator_code
                            and q.hospital_id = p.hospital_id)
        $sql$, loaded);
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

    -- the years and latest figure of the keys only this table holds (V070); the coverage counts follow by V070's
    -- triggers
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

    -- the year rows; from a swap on, readers wait (above)
    select greatest(c.reltuples, 0) into loaded_rows from pg_class c where c.oid = loaded;
    if (select count(*) from (select from indicator_year_summary limit loaded_rows) kept) < loaded_rows then
        -- no writer can change the summary's rows until the swap (a refresh waits for the lock taken above; this
        -- stops any other), while readers go on reading them
        lock table indicator_year_summary in share mode;
        create table indicator_year_summary_rebuilt (like indicator_year_summary);
        execute format($sql$
            insert into indicator_year_summary_rebuilt (indicator_code, year, kind, hospital_id, value, qualifier,
                                                        fact_id)
            select * from indicator_year_summary
            union all
            %s
            $sql$, year_rows) using tx;
        perform swap_in_indicator_year_summary('indicator_year_summary_rebuilt');
    else
        -- in the ranking index's order: appended to it rather than inserted at random
        execute format($sql$
            insert into indicator_year_summary (indicator_code, year, kind, hospital_id, value, qualifier, fact_id)
            %s
            order by 1, 2, 3, 5
            $sql$, year_rows) using tx;
    end if;

    if queued > 0 then
        insert into indicator_summary_pending (txid) values (tx) on conflict do nothing;
    end if;
    -- the keys of this transaction's facts are summarised or queued: the import's log row queues nothing more
    -- (V070's queue_imported_dataset)
    perform set_config('hospital_atlas.indicator_summary_queued', 'on', true);
end;
$$;
