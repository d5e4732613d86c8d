-- Which hospitals a document mentions, and whether it is the document's subject (该院/我院).
create table document_hospital (
    document_id bigint  not null,
    hospital_id bigint  not null,
    is_main     boolean not null default false,
    char_start  integer not null,
    char_end    integer not null,
    quote       text    not null,
    constraint pk_document_hospital primary key (document_id, hospital_id),
    constraint fk_document_hospital_document foreign key (document_id) references source_document (id) on delete cascade,
    constraint fk_document_hospital_hospital foreign key (hospital_id) references hospital (id) on delete cascade,
    constraint ck_document_hospital_span check (char_start >= 0 and char_end > char_start)
);

create index ix_document_hospital_hospital on document_hospital (hospital_id);
