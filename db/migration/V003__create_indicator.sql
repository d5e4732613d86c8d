-- The indicator catalogue: stable public codes, reference data seeded by the next migration.
create table indicator (
    code           text not null,
    name_zh        text not null,
    name_en        text not null,
    unit           text not null,
    better         text not null,
    category       text not null,
    assessment_ref text,
    definition     text,
    constraint pk_indicator primary key (code),
    constraint ck_indicator_code check (code ~ '^[a-z][a-z0-9_]*$'),
    constraint ck_indicator_better check (better in ('higher', 'lower', 'neutral')),
    constraint ck_indicator_unit check (unit in (
        'persons', 'person-times', 'visits', 'beds', 'operations', 'cases', 'items', 'teams', 'count',
        'CNY', 'm2', 'days', 'minutes', 'percent', 'score', 'grade', 'DDDs'))
);
