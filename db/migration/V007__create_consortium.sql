-- Consortia (医联体: city medical groups, county medical communities, alliances, regional centres …).
create table consortium (
    id                    bigint generated always as identity,
    slug                  text         not null,
    name                  text         not null,
    type                  text         not null,
    established_on        date,
    established_precision text,
    document_id           bigint       not null,
    char_start            integer      not null,
    char_end              integer      not null,
    quote                 text         not null,
    confidence            numeric(4,3) not null,
    constraint pk_consortium primary key (id),
    constraint uq_consortium_slug unique (slug),
    constraint uq_consortium_name unique (name),
    constraint fk_consortium_document foreign key (document_id) references source_document (id) on delete cascade,
    constraint ck_consortium_slug check (slug ~ '^[a-z0-9][a-z0-9-]*$'),
    constraint ck_consortium_type check (type in (
        'city_medical_group', 'county_medical_community', 'specialty_alliance', 'tele_medicine_network',
        'regional_medical_center', 'hospital_group', 'other')),
    constraint ck_consortium_established_precision check (established_precision in ('year', 'month', 'day')),
    constraint ck_consortium_established check ((established_on is null) = (established_precision is null)),
    constraint ck_consortium_span check (char_start >= 0 and char_end > char_start),
    constraint ck_consortium_confidence check (confidence > 0 and confidence <= 1)
);

create index ix_consortium_type on consortium (type);
create index ix_consortium_document on consortium (document_id);

create table consortium_member (
    id            bigint generated always as identity,
    consortium_id bigint  not null,
    hospital_id   bigint  not null,
    role          text    not null,
    document_id   bigint  not null,
    char_start    integer not null,
    char_end      integer not null,
    quote         text    not null,
    constraint pk_consortium_member primary key (id),
    constraint fk_consortium_member_consortium foreign key (consortium_id) references consortium (id) on delete cascade,
    constraint fk_consortium_member_hospital foreign key (hospital_id) references hospital (id) on delete cascade,
    constraint fk_consortium_member_document foreign key (document_id) references source_document (id) on delete cascade,
    constraint uq_consortium_member unique (consortium_id, hospital_id, role),
    constraint ck_consortium_member_role check (role in ('lead', 'member', 'output_hospital', 'input_hospital', 'merged')),
    constraint ck_consortium_member_span check (char_start >= 0 and char_end > char_start)
);

create index ix_consortium_member_hospital on consortium_member (hospital_id);
