-- Datasets loaded by bulk import (POST /api/v1/imports/…). Each stands for its files through one source
-- document, "Bulk import: <slug>", whose text has a line per file loaded; facts imported from a file cite
-- that line's "import N" label as their evidence.
create table bulk_dataset (
    id          bigint      generated always as identity,
    slug        text        not null,
    document_id bigint      not null,
    created_at  timestamptz not null default now(),
    constraint pk_bulk_dataset primary key (id),
    constraint uq_bulk_dataset_slug unique (slug),
    constraint uq_bulk_dataset_document unique (document_id),
    constraint fk_bulk_dataset_document foreign key (document_id) references source_document (id) on delete cascade,
    constraint ck_bulk_dataset_slug check (slug ~ '^[a-z0-9][a-z0-9-]{0,62}$')
);

-- Every accepted bulk import: the file (by hash), the dataset it went into, and what it changed. Hospital
-- imports carry no evidence, so they have no dataset and no label.
create table bulk_import (
    id          bigint      generated always as identity,
    kind        text        not null,
    dataset_id  bigint,
    file_name   text,
    sha256      char(64)    not null,
    rows        bigint      not null,
    inserted    bigint      not null,
    updated     bigint      not null,
    unchanged   bigint      not null,
    label_start integer,
    label_end   integer,
    elapsed_ms  bigint      not null,
    imported_at timestamptz not null default now(),
    constraint pk_bulk_import primary key (id),
    constraint fk_bulk_import_dataset foreign key (dataset_id) references bulk_dataset (id) on delete cascade,
    constraint ck_bulk_import_kind check (kind in (
        'hospitals', 'indicator-values', 'reform-pilots', 'consortia', 'consortium-members')),
    constraint ck_bulk_import_sha256 check (sha256 ~ '^[0-9a-f]{64}$'),
    constraint ck_bulk_import_counts check (rows >= 0 and inserted >= 0 and updated >= 0 and unchanged >= 0),
    constraint ck_bulk_import_label check (
        (label_start is null) = (label_end is null) and (label_start is null or label_end > label_start))
);

-- the label of a file already loaded into a dataset; the log, newest first
create index ix_bulk_import_dataset_kind_sha256 on bulk_import (dataset_id, kind, sha256);
create index ix_bulk_import_imported_at on bulk_import (imported_at desc);
