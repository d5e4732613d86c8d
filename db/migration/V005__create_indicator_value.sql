-- One figure of one indicator for one hospital and year, with the sentence it was read from.
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
    constraint pk_indicator_value primary key (id),
    constraint fk_indicator_value_hospital foreign key (hospital_id) references hospital (id) on delete cascade,
    constraint fk_indicator_value_indicator foreign key (indicator_code) references indicator (code),
    constraint fk_indicator_value_document foreign key (document_id) references source_document (id) on delete cascade,
    constraint uq_indicator_value_fact unique (hospital_id, indicator_code, year, kind, document_id, is_target),
    constraint ck_indicator_value_year check (year between 1900 and 2100),
    constraint ck_indicator_value_kind check (kind in ('level', 'yoy_change_pct')),
    constraint ck_indicator_value_qualifier check (qualifier in ('exact', 'approx', 'at_most', 'at_least')),
    constraint ck_indicator_value_span check (char_start >= 0 and char_end > char_start),
    constraint ck_indicator_value_confidence check (confidence > 0 and confidence <= 1)
);

-- ranking and comparison of one indicator in one year
create index ix_indicator_value_indicator_year on indicator_value (indicator_code, year) include (hospital_id, value)
    where not is_target;
-- a hospital's time series and profile
create index ix_indicator_value_hospital_indicator on indicator_value (hospital_id, indicator_code, year);
create index ix_indicator_value_document on indicator_value (document_id);
