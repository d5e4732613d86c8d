-- What was added, changed or withdrawn, for GET /api/v1/changes: written by triggers in the writing transaction, so
-- every path (the API, the seed loader, CSV imports, the CLI) is recorded and a rolled-back write leaves nothing
-- (docs/sync.md argues this against writing it from the services). A row names the thing by kind, id and slugs.
-- tx orders the feed: a reader only sees rows of transactions older than every one still running, so a row cannot
-- appear behind a cursor already handed out (ids are taken when written, not when committed).
create table change_log (
    id         bigint generated always as identity,
    tx         xid8        not null default pg_current_xact_id(),
    changed_at timestamptz not null default now(),
    entity     text        not null,
    action     text        not null,
    entity_id  bigint,
    slug       text,
    document   text,
    hospital   text,
    count      integer     not null default 1,
    constraint pk_change_log primary key (id),
    constraint ck_change_log_entity check (entity in (
        'document', 'hospital', 'indicator_value', 'reform_pilot', 'consortium', 'consortium_member', 'import')),
    constraint ck_change_log_action check (action in ('added', 'changed', 'withdrawn')),
    constraint ck_change_log_count check (count > 0),
    -- a summary row (more than a statement's worth of facts of one document) has no id
    constraint ck_change_log_summary check ((entity_id is null) = (count > 1) or entity = 'import')
);

create index ix_change_log_tx_id on change_log (tx, id);

-- A statement that writes more than 1000 rows of one document (bulk imports) is logged as one summary row per
-- document with their count; a client then reads the lists with updated_since instead of millions of feed rows.
--
-- One trigger function per table and operation, generated here with its SQL written out, so that PL/pgSQL plans
-- it once per session (a generic function running EXECUTE costs a plan per statement: 2 ms on every fact insert).
-- p_columns is the select list over the transition table r giving (entity_id, slug, document_id, hospital_id,
-- document_slug, hospital_slug); slugs not given are looked up. p_action replaces the operation's own action (an
-- alias added to or dropped from a hospital changes the hospital; its hospital must still exist). A 'changed' row is
-- left out when the same transaction already named the same thing.
create function create_change_log_triggers(p_table text, p_entity text, p_columns text, p_action text default null)
    returns void
    language plpgsql as $$
declare
    v_op     text;
    v_action text;
    v_rows   text;
    v_name   text;
begin
    foreach v_op in array array['insert', 'update', 'delete'] loop
        v_action := coalesce(p_action, case v_op when 'insert' then 'added' when 'update' then 'changed'
                                                  else 'withdrawn' end);
        v_rows := case v_op when 'delete' then 'old_rows' else 'new_rows' end;
        v_name := format('change_log_%s_%s', p_table, v_op);
        execute format($f$
            create function %1$I() returns trigger
                language plpgsql as $body$
            begin
                insert into change_log (entity, action, entity_id, slug, document, hospital, count)
                with w as (select c.entity_id, c.slug, coalesce(c.document_id, 0) as document_id, c.hospital_id,
                                  c.document_slug, c.hospital_slug
                           from (select %2$s from %3$I r) c),
                     g as (select document_id, count(*)::integer as n from w group by document_id)
                select %4$L, %5$L, w.entity_id, coalesce(w.slug, %6$s), coalesce(w.document_slug, d.slug),
                       coalesce(w.hospital_slug, h.slug), 1
                from w
                join g on g.document_id = w.document_id
                left join source_document d on d.id = w.document_id
                left join hospital h on h.id = w.hospital_id
                where g.n <= 1000 %7$s %8$s
                union all
                select %4$L, %5$L, null, null, d.slug, null, g.n
                from g
                left join source_document d on d.id = g.document_id
                where g.n > 1000;
                return null;
            end;
            $body$
            $f$,
            v_name, p_columns, v_rows, p_entity, v_action,
            case when p_entity = 'hospital' then 'h.slug' else 'null' end,
            case when p_action is not null then 'and h.id is not null' else '' end,
            case when v_action = 'changed'
                 then format('and not exists (select 1 from change_log x where x.tx = pg_current_xact_id()'
                             ' and x.entity = %L and x.entity_id = w.entity_id)', p_entity)
                 else '' end);
        execute format('create trigger tg_%s_change_log_%s after %s on %I referencing %s table as %s '
                       'for each statement execute function %I()',
                       p_table, v_op, v_op, p_table, case v_op when 'delete' then 'old' else 'new' end, v_rows,
                       v_name);
    end loop;
end;
$$;

select create_change_log_triggers('source_document', 'document',
                                  'r.id as entity_id, r.slug, r.id as document_id, null::bigint as hospital_id, '
                                  'r.slug as document_slug, null::text as hospital_slug');
select create_change_log_triggers('hospital', 'hospital',
                                  'r.id as entity_id, r.slug, null::bigint as document_id, r.id as hospital_id, '
                                  'null::text as document_slug, r.slug as hospital_slug');
select create_change_log_triggers('hospital_alias', 'hospital',
                                  'r.hospital_id as entity_id, null::text as slug, null::bigint as document_id, '
                                  'r.hospital_id, null::text as document_slug, null::text as hospital_slug',
                                  'changed');
select create_change_log_triggers('indicator_value', 'indicator_value',
                                  'r.id as entity_id, null::text as slug, r.document_id, r.hospital_id, '
                                  'null::text as document_slug, null::text as hospital_slug');
select create_change_log_triggers('reform_pilot', 'reform_pilot',
                                  'r.id as entity_id, null::text as slug, r.document_id, r.hospital_id, '
                                  'null::text as document_slug, null::text as hospital_slug');
select create_change_log_triggers('consortium', 'consortium',
                                  'r.id as entity_id, r.slug, r.document_id, null::bigint as hospital_id, '
                                  'null::text as document_slug, null::text as hospital_slug');
select create_change_log_triggers('consortium_member', 'consortium_member',
                                  'r.id as entity_id, (select c.slug from consortium c where c.id = r.consortium_id) '
                                  'as slug, r.document_id, r.hospital_id, null::text as document_slug, '
                                  'null::text as hospital_slug');

-- a CSV import names itself (its kind as slug, its dataset's document); a dataset's first load into a partition of
-- its own is attached rather than inserted through indicator_value, so this row is its only trace in the feed
create function change_log_bulk_import_insert() returns trigger
    language plpgsql as $$
begin
    insert into change_log (entity, action, entity_id, slug, document)
    select 'import', 'added', r.id, r.kind, d.slug
    from new_rows r
    left join bulk_dataset s on s.id = r.dataset_id
    left join source_document d on d.id = s.document_id;
    return null;
end;
$$;

create trigger tg_bulk_import_change_log_insert after insert on bulk_import referencing new table as new_rows
    for each statement execute function change_log_bulk_import_insert();

drop function create_change_log_triggers(text, text, text, text);

-- as V031: every table bumps the data version
create trigger tg_change_log_data_version after insert or update or delete or truncate on change_log
    for each statement execute function bump_data_version();
