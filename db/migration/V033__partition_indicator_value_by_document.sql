-- indicator_value becomes a table partitioned by document: a large bulk-imported dataset gets a partition of
-- its own, built apart from the table (rows written in bulk, its indexes sorted once, its foreign keys checked
-- with one join) and then attached, instead of millions of single-row index insertions and foreign-key checks
-- (bench/README.md, "Bulk import"). Everything else — facts read from texts, small imports — lives in the
-- default partition. The key and the unique fact constraint include document_id, as a partitioned table requires;
-- ids still come from one identity sequence, so id alone stays unique.
alter table indicator_value rename to indicator_value_unpartitioned;
alter index pk_indicator_value rename to pk_indicator_value_unpartitioned;
alter index uq_indicator_value_fact rename to uq_indicator_value_fact_unpartitioned;
alter index ix_indicator_value_indicator_year rename to ix_indicator_value_indicator_year_unpartitioned;
alter index ix_indicator_value_document rename to ix_indicator_value_document_unpartitioned;

create table indicator_value (
    id             bigint generated always as identity,
    hospital_id    bigint        not null,
    indicator_code text          not null,
    year           smallint      not null,
    kind           text          not null,
    value          numeric(24,6) not null,
    qualifier      text          not null default 'exact',
    is_target      boolean       not null default false,
    document_id    bigint        not null,
    char_start     integer       not null,
    char_end       integer       not null,
    quote          text          not null,
    confidence     numeric(4,3)  not null,
    source_line    integer,
    constraint pk_indicator_value primary key (id, document_id),
    constraint fk_indicator_value_hospital foreign key (hospital_id) references hospital (id) on delete cascade,
    constraint fk_indicator_value_indicator foreign key (indicator_code) references indicator (code),
    constraint fk_indicator_value_document foreign key (document_id) references source_document (id) on delete cascade,
    constraint uq_indicator_value_fact unique (hospital_id, indicator_code, year, kind, document_id, is_target),
    constraint ck_indicator_value_year check (year between 1900 and 2100),
    constraint ck_indicator_value_kind check (kind in ('level', 'yoy_change_pct')),
    constraint ck_indicator_value_qualifier check (qualifier in ('exact', 'approx', 'at_most', 'at_least')),
    constraint ck_indicator_value_span check (char_start >= 0 and char_end > char_start),
    constraint ck_indicator_value_confidence check (confidence > 0 and confidence <= 1),
    constraint ck_indicator_value_source_line check (source_line > 0)
) partition by list (document_id);

create table indicator_value_default partition of indicator_value default;

-- as V032: a national ranking of one indicator and year is an index-only scan
create index ix_indicator_value_indicator_year on indicator_value (indicator_code, year)
    include (hospital_id, value, kind, confidence, qualifier, document_id, id)
    where not is_target;
-- a document's facts (deleting or replacing a document); a dataset's partition is all one document, so only the
-- default partition has it
create index ix_indicator_value_default_document on indicator_value_default (document_id);

insert into indicator_value (id, hospital_id, indicator_code, year, kind, value, qualifier, is_target, document_id,
                             char_start, char_end, quote, confidence, source_line)
    overriding system value
select id, hospital_id, indicator_code, year, kind, value, qualifier, is_target, document_id,
       char_start, char_end, quote, confidence, source_line
from indicator_value_unpartitioned
order by id;

select setval(pg_get_serial_sequence('indicator_value', 'id'),
              greatest((select max(id) from indicator_value_unpartitioned), 1),
              (select count(*) > 0 from indicator_value_unpartitioned));

drop table indicator_value_unpartitioned;

-- as V031: one data_version bump per writing transaction, on the table statements name
create trigger tg_indicator_value_data_version after insert or update or delete or truncate on indicator_value
    for each statement execute function bump_data_version();

analyze indicator_value;
