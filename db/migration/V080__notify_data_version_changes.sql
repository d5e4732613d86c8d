-- Every transaction that bumps the data version also notifies channel data_version, delivered when (and only if) it
-- commits: each running app LISTENs there and keeps the version in memory between notifications instead of reading
-- the table on every request (DataVersionListener). One notification per transaction, as the bump itself.
create or replace function bump_data_version() returns trigger
    language plpgsql as $$
begin
    -- once per transaction: the setting is local to it, and undone with it
    if current_setting('hospital_atlas.data_version_bumped', true) is distinct from 'on' then
        update data_version set version = version + 1 where slot = pg_backend_pid() % 16;
        perform set_config('hospital_atlas.data_version_bumped', 'on', true);
        perform pg_notify('data_version', '');
    end if;
    return null;
end;
$$;
