-- A document withdrawn with DELETE /api/v1/documents/{slug}: the document, its facts and the hospitals only it
-- named are gone; this record of who withdrew what, when, and how much went with it stays.
create table document_withdrawal (
    id                 bigint generated always as identity,
    slug               text        not null,
    title              text,
    sha256             char(64)    not null,
    imported_at        timestamptz not null,
    withdrawn_at       timestamptz not null default now(),
    withdrawn_by       text        not null,
    indicator_values   integer     not null,
    reform_pilots      integer     not null,
    consortia          integer     not null,
    consortia_kept     integer     not null,
    consortium_members integer     not null,
    hospital_mentions  integer     not null,
    hospitals          integer     not null,
    constraint pk_document_withdrawal primary key (id),
    constraint ck_document_withdrawal_counts check (
        indicator_values >= 0 and reform_pilots >= 0 and consortia >= 0 and consortia_kept >= 0
        and consortium_members >= 0 and hospital_mentions >= 0 and hospitals >= 0)
);

create index ix_document_withdrawal_slug on document_withdrawal (slug);
-- the seed loader asks, for each seed on every start, whether its text was withdrawn
create index ix_document_withdrawal_sha256 on document_withdrawal (sha256);

-- as V031: every table bumps the data version
create trigger tg_document_withdrawal_data_version after insert or update or delete or truncate on document_withdrawal
    for each statement execute function bump_data_version();

-- When a hospital row was made. A withdrawal removes a hospital that nothing else mentions only when it came with a
-- document (made in the same transaction as one), never one a hospitals.csv import registered. Rows older than this
-- migration have no time and are kept.
alter table hospital add column created_at timestamptz;
alter table hospital alter column created_at set default now();
