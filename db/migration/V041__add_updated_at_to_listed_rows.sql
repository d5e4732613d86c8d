-- When a listed row was added or last changed (its writing transaction's time), for updated_since on the lists of
-- hospitals, reform pilots and consortia (documents and imports have imported_at). Rows older than this migration
-- take its time. Removals are not rows any more: GET /api/v1/changes names them.
alter table hospital add column updated_at timestamptz not null default now();
alter table reform_pilot add column updated_at timestamptz not null default now();
alter table consortium add column updated_at timestamptz not null default now();
alter table consortium_member add column updated_at timestamptz not null default now();

create function touch_updated_at() returns trigger
    language plpgsql as $$
begin
    new.updated_at = now();
    return new;
end;
$$;

create trigger tg_hospital_updated_at before update on hospital
    for each row when (old is distinct from new) execute function touch_updated_at();
create trigger tg_reform_pilot_updated_at before update on reform_pilot
    for each row when (old is distinct from new) execute function touch_updated_at();
create trigger tg_consortium_updated_at before update on consortium
    for each row when (old is distinct from new) execute function touch_updated_at();
create trigger tg_consortium_member_updated_at before update on consortium_member
    for each row when (old is distinct from new) execute function touch_updated_at();

create index ix_hospital_updated_at on hospital (updated_at);
create index ix_reform_pilot_updated_at on reform_pilot (updated_at);
create index ix_consortium_updated_at on consortium (updated_at);
create index ix_consortium_member_updated_at on consortium_member (updated_at);
create index ix_source_document_imported_at on source_document (imported_at);
