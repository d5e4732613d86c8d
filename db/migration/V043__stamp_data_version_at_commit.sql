-- When the data last changed, for Last-Modified and If-Modified-Since: each slot of data_version keeps the time its
-- last writing transaction committed. Stamped by a deferred trigger, that is at commit, with the clock: a
-- transaction's own time (now(), its start) would put a long import that commits last behind a short write that
-- committed before it, and a client could be told "not modified" about the import's data.
alter table data_version add column changed_at timestamptz;

create function stamp_data_version() returns trigger
    language plpgsql as $$
begin
    update data_version set changed_at = clock_timestamp() where slot = new.slot;
    return null;
end;
$$;

-- fires once per transaction (bump_data_version updates the slot once); the stamp itself does not fire it again
create constraint trigger tg_data_version_committed after update on data_version
    deferrable initially deferred
    for each row when (old.changed_at is not distinct from new.changed_at)
    execute function stamp_data_version();
