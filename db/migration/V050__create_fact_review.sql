-- Review of facts (docs/review.md): a person confirms, rejects or corrects what the extractor read. The fact row
-- carries its current state and, once corrected, the corrected values themselves, so every read sees them without
-- a join; fact_review keeps every review with the fact before and after it, and outlives the fact (no foreign key):
-- a withdrawn document's reviews stay in the audit trail.
alter table indicator_value
    add column review_state text not null default 'extracted',
    add column reviewed_at timestamptz,
    add column reviewed_by text,
    add constraint ck_indicator_value_review_state
        check (review_state in ('extracted', 'confirmed', 'rejected', 'corrected'));
alter table reform_pilot
    add column review_state text not null default 'extracted',
    add column reviewed_at timestamptz,
    add column reviewed_by text,
    add constraint ck_reform_pilot_review_state
        check (review_state in ('extracted', 'confirmed', 'rejected', 'corrected'));
alter table consortium
    add column review_state text not null default 'extracted',
    add column reviewed_at timestamptz,
    add column reviewed_by text,
    add constraint ck_consortium_review_state
        check (review_state in ('extracted', 'confirmed', 'rejected', 'corrected'));
alter table consortium_member
    add column review_state text not null default 'extracted',
    add column reviewed_at timestamptz,
    add column reviewed_by text,
    add constraint ck_consortium_member_review_state
        check (review_state in ('extracted', 'confirmed', 'rejected', 'corrected'));

create table fact_review (
    id            bigint generated always as identity,
    fact_kind     text        not null,
    fact_id       bigint      not null,
    -- the document the fact was read from, by slug: a changed text under the same slug is a new document row, and
    -- its facts take over the reviews of the facts with the same extracted key
    document_slug text        not null,
    extracted_key text        not null,
    state         text        not null,
    reason        text,
    reviewed_by   text        not null,
    reviewed_at   timestamptz not null default now(),
    before        jsonb       not null,
    after         jsonb       not null,
    constraint pk_fact_review primary key (id),
    constraint ck_fact_review_kind
        check (fact_kind in ('indicator_value', 'reform_pilot', 'consortium', 'consortium_member')),
    constraint ck_fact_review_state check (state in ('confirmed', 'rejected', 'corrected')),
    constraint ck_fact_review_reason check (reason is not null or state = 'confirmed')
);

-- a fact's history, in order
create index ix_fact_review_fact on fact_review (fact_kind, fact_id, id);
-- the reviews of a document's facts, when its text is replaced or a dataset is imported again
create index ix_fact_review_document on fact_review (document_slug, fact_kind, extracted_key);

-- as V031: every table bumps the data version
create trigger tg_fact_review_data_version after insert or update or delete or truncate on fact_review
    for each statement execute function bump_data_version();

-- the review queue: facts still as extracted, lowest confidence first (targets never count and are not queued)
create index ix_indicator_value_review_queue on indicator_value (confidence, id)
    where review_state = 'extracted' and not is_target;
create index ix_reform_pilot_review_queue on reform_pilot (confidence, id) where review_state = 'extracted';
create index ix_consortium_review_queue on consortium (confidence, id) where review_state = 'extracted';
create index ix_consortium_member_review_queue on consortium_member (confidence, id)
    where review_state = 'extracted';

-- as V033: a national ranking stays an index-only scan now that it leaves rejected figures out and can ask for
-- reviewed ones only
drop index ix_indicator_value_indicator_year;
create index ix_indicator_value_indicator_year on indicator_value (indicator_code, year)
    include (hospital_id, value, kind, confidence, qualifier, document_id, id, review_state)
    where not is_target;
