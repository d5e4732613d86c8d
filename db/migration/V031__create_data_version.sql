-- A counter of committed writes to anything the API reads, so that an answer's ETag, and a cached answer, can be
-- keyed by it without running the query: equal versions, equal data. Every table gets a statement trigger that
-- bumps it once per transaction; a table added later needs the same trigger (DataVersionIT checks that none lacks it).
-- Writers are spread over 16 slots by backend so that concurrent transactions do not queue on one row lock until
-- they commit; the version is the sum of the slots, which only grows as transactions commit.
create table data_version (
    slot    smallint not null,
    version bigint   not null default 0,
    constraint pk_data_version primary key (slot),
    constraint ck_data_version_slot check (slot between 0 and 15)
);

insert into data_version (slot) select generate_series(0, 15);

create function bump_data_version() returns trigger
    language plpgsql as $$
begin
    -- once per transaction: the setting is local to it, and undone with it
    if current_setting('hospital_atlas.data_version_bumped', true) is distinct from 'on' then
        update data_version set version = version + 1 where slot = pg_backend_pid() % 16;
        perform set_config('hospital_atlas.data_version_bumped', 'on', true);
    end if;
    return null;
end;
$$;

do $$
declare
    t record;
begin
    for t in select c.relname
             from pg_class c
             join pg_namespace n on n.oid = c.relnamespace
             where n.nspname = current_schema()
               and c.relkind in ('r', 'p')
               and c.relname not in ('data_version', 'flyway_schema_history')
    loop
        execute format('create trigger tg_%s_data_version after insert or update or delete or truncate on %I '
                       'for each statement execute function bump_data_version()', t.relname, t.relname);
    end loop;
end;
$$;
