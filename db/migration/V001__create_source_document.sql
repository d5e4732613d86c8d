-- A source document: the text every fact points back to.
create table source_document (
    id           bigint generated always as identity,
    slug         text        not null,
    title        text,
    publisher    text,
    published_on date,
    origin_url   text,
    sha256       char(64)    not null,
    body         text        not null,
    imported_at  timestamptz not null default now(),
    constraint pk_source_document primary key (id),
    constraint uq_source_document_slug unique (slug),
    constraint uq_source_document_sha256 unique (sha256),
    constraint ck_source_document_slug check (slug ~ '^[a-z0-9][a-z0-9_-]*$'),
    constraint ck_source_document_sha256 check (sha256 ~ '^[0-9a-f]{64}$'),
    constraint ck_source_document_body check (length(body) > 0)
);
