-- Summaries the writers keep current, for the reads that would otherwise scan every year of every hospital:
-- each hospital's latest figure per code and kind (rankings with year=latest) and which years it has figures for
-- (coverage), with the hospital counts coverage answers. They hold the facts that count with no confidence or review
-- filter asked for: never targets, never rejected figures (every confidence is > 0). Reads asking for more (a lowest
-- confidence, reviewed figures only, one hospital list or province for the counts) use the base queries.
--
-- One row per kind, code and hospital with at least one fact that counts; derived ratios (V010) too, for level only,
-- where a year counts when the numerator and a positive denominator are both there (latest_* stay null for them).
-- No foreign key to hospital: a hospital goes only with its facts, and its rows with them.
create table indicator_summary (
    kind             text          not null,
    indicator_code   text          not null,
    hospital_id      bigint        not null,
    years            smallint[]    not null,
    latest_year      smallint      not null,
    latest_id        bigint,
    latest_value     numeric(24,6),
    latest_qualifier text,
    constraint pk_indicator_summary primary key (kind, indicator_code, hospital_id)
);

-- coverage's cells go hospital by hospital in name order
create index ix_indicator_summary_hospital on indicator_summary (hospital_id);

-- hospitals with a level figure per code and year, and per code in any year (coverage of every code); no check that
-- counts are positive: an upsert subtracting from a count checks its candidate row (a negative delta) before the
-- conflict turns it into an update. Rows that reach zero are deleted.
create table indicator_year_coverage (
    indicator_code text     not null,
    year           smallint not null,
    hospitals      integer  not null,
    constraint pk_indicator_year_coverage primary key (indicator_code, year)
);

create table indicator_coverage (
    indicator_code text    not null,
    hospitals      integer not null,
    constraint pk_indicator_coverage primary key (indicator_code)
);

-- The (kind, code, hospital) keys a transaction's writes touched, refreshed once at its commit. Unlogged: it is
-- empty whenever no transaction is running.
create unlogged table indicator_summary_queue (
    txid           bigint not null,
    kind           text   not null,
    indicator_code text   not null,
    hospital_id    bigint not null,
    constraint pk_indicator_summary_queue primary key (txid, kind, indicator_code, hospital_id)
);

-- One row per transaction with queued keys: its deferred trigger refreshes them at commit, once.
create unlogged table indicator_summary_pending (
    txid bigint not null,
    constraint pk_indicator_summary_pending primary key (txid)
);

-- The queued keys of transaction tx, with the derived ratios whose numerator or denominator they are.
create function indicator_summary_keys(tx bigint)
    returns table (kind text, indicator_code text, hospital_id bigint, derived boolean)
    language sql stable as $$
    select q.kind, q.indicator_code, q.hospital_id, false
    from indicator_summary_queue q
    where q.txid = tx
    union
    select 'level', x.code, q.hospital_id, true
    from indicator_summary_queue q
    join derived_indicator x on q.indicator_code in (x.numerator, x.denominator)
    where q.txid = tx and q.kind = 'level'
$$;

-- Recomputes the summary rows of the queued keys from the facts, then empties the queue. Serialised by an advisory
-- lock, taken before the first read: a refresh reads what every transaction that refreshed before it committed.
create function refresh_indicator_summary() returns void
    language plpgsql as $$
declare
    tx constant bigint := txid_current();
begin
    perform pg_advisory_xact_lock(7070);
    delete from indicator_summary s
    using indicator_summary_keys(tx) k
    where s.kind = k.kind and s.indicator_code = k.indicator_code and s.hospital_id = k.hospital_id;

    insert into indicator_summary (kind, indicator_code, hospital_id, years, latest_year, latest_id, latest_value,
                                   latest_qualifier)
    with stored as (
        select v.kind, v.indicator_code, v.hospital_id, array_agg(distinct v.year order by v.year) as years,
               max(v.year) as latest_year
        from indicator_summary_keys(tx) k
        join indicator_value v on v.hospital_id = k.hospital_id and v.indicator_code = k.indicator_code
                              and v.kind = k.kind
        where not k.derived and not v.is_target and v.review_state <> 'rejected'
        group by v.kind, v.indicator_code, v.hospital_id
    )
    select s.kind, s.indicator_code, s.hospital_id, s.years, s.latest_year, c.id, c.value, c.qualifier
    from stored s
    -- the figure comparisons choose in that year (MetricSql.CHOICE)
    cross join lateral (
        select v.id, v.value, v.qualifier
        from indicator_value v
        join source_document d on d.id = v.document_id
        where v.hospital_id = s.hospital_id and v.indicator_code = s.indicator_code and v.kind = s.kind
          and v.year = s.latest_year and not v.is_target and v.review_state <> 'rejected'
        order by v.review_state in ('confirmed', 'corrected') desc, d.published_on desc nulls last,
                 v.confidence desc, v.id
        limit 1
    ) c
    union all
    select 'level', k.indicator_code, k.hospital_id, r.years, r.latest_year, null, null, null
    from indicator_summary_keys(tx) k
    join derived_indicator x on x.code = k.indicator_code
    cross join lateral (
        select array_agg(distinct n.year order by n.year) as years, max(n.year) as latest_year
        from indicator_value n
        where n.hospital_id = k.hospital_id and n.indicator_code = x.numerator and n.kind = 'level'
          and not n.is_target and n.review_state <> 'rejected'
          and exists (select 1 from indicator_value d
                      where d.hospital_id = k.hospital_id and d.indicator_code = x.denominator and d.year = n.year
                        and d.kind = 'level' and not d.is_target and d.review_state <> 'rejected' and d.value > 0)
    ) r
    where k.derived and r.latest_year is not null;

    delete from indicator_summary_queue where txid = tx;
    delete from indicator_summary_pending where txid = tx;
end;
$$;

create function flush_indicator_summary() returns trigger
    language plpgsql as $$
begin
    if exists (select 1 from indicator_summary_pending where txid = txid_current()) then
        perform refresh_indicator_summary();
    end if;
    return null;
end;
$$;

create constraint trigger tg_indicator_summary_pending_flush after insert on indicator_summary_pending
    deferrable initially deferred
    for each row execute function flush_indicator_summary();

-- Queues the keys of the rows a statement on indicator_value wrote (transition tables: one call per statement).
create function queue_indicator_summary() returns trigger
    language plpgsql as $$
begin
    if tg_op in ('INSERT', 'UPDATE') then
        insert into indicator_summary_queue (txid, kind, indicator_code, hospital_id)
        select distinct txid_current(), n.kind, n.indicator_code, n.hospital_id from written n where not n.is_target
        on conflict do nothing;
    end if;
    if tg_op in ('UPDATE', 'DELETE') then
        insert into indicator_summary_queue (txid, kind, indicator_code, hospital_id)
        select distinct txid_current(), o.kind, o.indicator_code, o.hospital_id from removed o where not o.is_target
        on conflict do nothing;
    end if;
    insert into indicator_summary_pending (txid) values (txid_current()) on conflict do nothing;
    -- the facts of this transaction went through indicator_value's triggers (see queue_imported_dataset)
    perform set_config('hospital_atlas.indicator_summary_queued', 'on', true);
    return null;
end;
$$;

create trigger tg_indicator_value_summary_insert after insert on indicator_value
    referencing new table as written
    for each statement execute function queue_indicator_summary();
create trigger tg_indicator_value_summary_update after update on indicator_value
    referencing old table as removed new table as written
    for each statement execute function queue_indicator_summary();
create trigger tg_indicator_value_summary_delete after delete on indicator_value
    referencing old table as removed
    for each statement execute function queue_indicator_summary();

-- A dataset's first large load is written into a table of its own and attached as a partition (bulk/DatasetPartition),
-- so no statement on indicator_value sees its rows: the import's log row queues every key of its document instead.
-- Later imports into the dataset MERGE through indicator_value, whose triggers queue what they change.
create function queue_imported_dataset() returns trigger
    language plpgsql as $$
begin
    if new.kind = 'indicator-values' and new.inserted > 0
       and current_setting('hospital_atlas.indicator_summary_queued', true) is distinct from 'on' then
        insert into indicator_summary_queue (txid, kind, indicator_code, hospital_id)
        select distinct txid_current(), v.kind, v.indicator_code, v.hospital_id
        from bulk_dataset s
        join indicator_value v on v.document_id = s.document_id
        where s.id = new.dataset_id and not v.is_target
        on conflict do nothing;
        insert into indicator_summary_pending (txid) values (txid_current()) on conflict do nothing;
    end if;
    return null;
end;
$$;

create trigger tg_bulk_import_indicator_summary after insert on bulk_import
    for each row execute function queue_imported_dataset();

-- Coverage counts follow the summary's level rows: what a statement removed is subtracted, what it added is added.
create function count_indicator_coverage() returns trigger
    language plpgsql as $$
declare
    direction constant integer := case when tg_op = 'INSERT' then 1 else -1 end;
begin
    insert into indicator_year_coverage as c (indicator_code, year, hospitals)
    select r.indicator_code, y.year, direction * count(*)
    from changed r
    cross join unnest(r.years) as y (year)
    where r.kind = 'level'
    group by r.indicator_code, y.year
    on conflict (indicator_code, year) do update set hospitals = c.hospitals + excluded.hospitals;
    insert into indicator_coverage as c (indicator_code, hospitals)
    select r.indicator_code, direction * count(*)
    from changed r
    where r.kind = 'level'
    group by r.indicator_code
    on conflict (indicator_code) do update set hospitals = c.hospitals + excluded.hospitals;
    delete from indicator_year_coverage where hospitals = 0;
    delete from indicator_coverage where hospitals = 0;
    return null;
end;
$$;

create trigger tg_indicator_summary_count_insert after insert on indicator_summary
    referencing new table as changed
    for each statement execute function count_indicator_coverage();
create trigger tg_indicator_summary_count_delete after delete on indicator_summary
    referencing old table as changed
    for each statement execute function count_indicator_coverage();

-- as V031: every table bumps the data version
create trigger tg_indicator_summary_data_version after insert or update or delete or truncate on indicator_summary
    for each statement execute function bump_data_version();
create trigger tg_indicator_year_coverage_data_version after insert or update or delete or truncate
    on indicator_year_coverage for each statement execute function bump_data_version();
create trigger tg_indicator_coverage_data_version after insert or update or delete or truncate on indicator_coverage
    for each statement execute function bump_data_version();
create trigger tg_indicator_summary_queue_data_version after insert or update or delete or truncate
    on indicator_summary_queue for each statement execute function bump_data_version();
create trigger tg_indicator_summary_pending_data_version after insert or update or delete or truncate
    on indicator_summary_pending for each statement execute function bump_data_version();

-- the facts already stored
insert into indicator_summary_queue (txid, kind, indicator_code, hospital_id)
select distinct txid_current(), v.kind, v.indicator_code, v.hospital_id from indicator_value v where not v.is_target;
select refresh_indicator_summary();
