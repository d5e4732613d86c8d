-- A reform pilot a hospital was named to, with the sentence that says so.
create table reform_pilot (
    id          bigint generated always as identity,
    hospital_id bigint       not null,
    designation text         not null,
    level       text         not null,
    category    text         not null,
    year        smallint,
    document_id bigint       not null,
    char_start  integer      not null,
    char_end    integer      not null,
    quote       text         not null,
    confidence  numeric(4,3) not null,
    constraint pk_reform_pilot primary key (id),
    constraint fk_reform_pilot_hospital foreign key (hospital_id) references hospital (id) on delete cascade,
    constraint fk_reform_pilot_document foreign key (document_id) references source_document (id) on delete cascade,
    constraint uq_reform_pilot_fact unique (hospital_id, designation, document_id),
    constraint ck_reform_pilot_level check (level in ('national', 'provincial', 'municipal', 'county')),
    constraint ck_reform_pilot_category check (category in (
        'modern_hospital_management', 'drg_dip_payment', 'salary_reform', 'personnel_staffing',
        'title_evaluation', 'comprehensive_reform', 'high_quality_demo', 'other')),
    constraint ck_reform_pilot_year check (year between 1900 and 2100),
    constraint ck_reform_pilot_span check (char_start >= 0 and char_end > char_start),
    constraint ck_reform_pilot_confidence check (confidence > 0 and confidence <= 1)
);

create index ix_reform_pilot_category_year on reform_pilot (category, year);
create index ix_reform_pilot_hospital on reform_pilot (hospital_id);
create index ix_reform_pilot_document on reform_pilot (document_id);
