-- Documents that could not be imported: reported by GET /api/v1/documents, cleared by a later success.
create table import_failure (
    slug      text        not null,
    sha256    char(64)    not null,
    reason    text        not null,
    failed_at timestamptz not null default now(),
    constraint pk_import_failure primary key (slug)
);
