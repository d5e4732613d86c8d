-- Each year's chosen figure, kept by the writers beside V070's latest one, so that a ranking of one code, kind and
-- year reads in value order instead of choosing among documents and sorting the whole group three times
-- (bench/notes/peer-ranking.md): its top N is an index scan, its size an index-only count and its median the value
-- at an offset (RankingReadsIndexed). The figure is the one comparisons choose (MetricSql.CHOICE: confirmed or
-- corrected, newest publication, most confident, lowest id) among the facts that count with no confidence or review
-- filter asked for (never targets, never rejected figures). Stored codes only; reads asking for more (a lowest
-- confidence, reviewed figures only, a derived ratio) use the base queries.
--
-- A separate table rather than an index on indicator_value in value order: such an index would also serve any plain
-- "order by value limit 20" on indicator_value, and keeping the choice apart is what lets a ranking skip it.
-- Kept by V070's queue and deferred trigger: the refresh at commit recomputes the rows of the queued keys.
create table indicator_year_summary (
    indicator_code text          not null,
    year           smallint      not null,
    kind           text          not null,
    hospital_id    bigint        not null,
    value          numeric(24,6) not null,
    qualifier      text          not null,
    fact_id        bigint        not null,
    constraint pk_indicator_year_summary primary key (indicator_code, year, kind, hospital_id)
);

-- a ranking in value order: its top N, its size (index-only) and its median (at an offset)
create index ix_indicator_year_summary_ranking on indicator_year_summary (indicator_code, year, kind, value);

-- the same for each hospital's latest figure (ranking?year=latest); derived ratios' rows have no latest figure
create index ix_indicator_summary_ranking on indicator_summary (indicator_code, kind, latest_value)
    where latest_value is not null;

-- Recomputes the summary rows of the queued keys from the facts, then empties the queue. Serialised by an advisory
-- lock, taken before the first read: a refresh reads what every transaction that refreshed before it committed.
-- V070's, and each year's chosen figure of the queued stored keys. A key's year rows are found through the years
-- V070 kept for it (the same facts, the same filter), so they are deleted before V070's rows.
create or replace function refresh_indicator_summary() returns void
    language plpgsql as $$
declare
    tx constant bigint := txid_current();
begin
    perform pg_advisory_xact_lock(7070);
    delete from indicator_year_summary y
    using indicator_summary_keys(tx) k
    join indicator_summary s on s.kind = k.kind and s.indicator_code = k.indicator_code
                            and s.hospital_id = k.hospital_id
    cross join unnest(s.years) as kept (year)
    where not k.derived and y.indicator_code = k.indicator_code and y.year = kept.year and y.kind = k.kind
      and y.hospital_id = k.hospital_id;
    delete from indicator_summary s
    using indicator_summary_keys(tx) k
    where s.kind = k.kind and s.indicator_code = k.indicator_code and s.hospital_id = k.hospital_id;

    insert into indicator_summary (kind, indicator_code, hospital_id, years, latest_year, latest_id, latest_value,
                                   latest_qualifier)
    with stored as (
        select v.kind, v.indicator_code, v.hospital_id, array_agg(distinct v.year order by v.year) as years,
               max(v.year) as latest_year
        from indicator_summary_keys(tx) k
        join indicator_value v on v.hospital_id = k.hospital_id and v.indicator_code = k.indicator_code
                              and v.kind = k.kind
        where not k.derived and not v.is_target and v.review_state <> 'rejected'
        group by v.kind, v.indicator_code, v.hospital_id
    )
    select s.kind, s.indicator_code, s.hospital_id, s.years, s.latest_year, c.id, c.value, c.qualifier
    from stored s
    -- the figure comparisons choose in that year (MetricSql.CHOICE)
    cross join lateral (
        select v.id, v.value, v.qualifier
        from indicator_value v
        join source_document d on d.id = v.document_id
        where v.hospital_id = s.hospital_id and v.indicator_code = s.indicator_code and v.kind = s.kind
          and v.year = s.latest_year and not v.is_target and v.review_state <> 'rejected'
        order by v.review_state in ('confirmed', 'corrected') desc, d.published_on desc nulls last,
                 v.confidence desc, v.id
        limit 1
    ) c
    union all
    select 'level', k.indicator_code, k.hospital_id, r.years, r.latest_year, null, null, null
    from indicator_summary_keys(tx) k
    join derived_indicator x on x.code = k.indicator_code
    cross join lateral (
        select array_agg(distinct n.year order by n.year) as years, max(n.year) as latest_year
        from indicator_value n
        where n.hospital_id = k.hospital_id and n.indicator_code = x.numerator and n.kind = 'level'
          and not n.is_target and n.review_state <> 'rejected'
          and exists (select 1 from indicator_value d
                      where d.hospital_id = k.hospital_id and d.indicator_code = x.denominator and d.year = n.year
                        and d.kind = 'level' and not d.is_target and d.review_state <> 'rejected' and d.value > 0)
    ) r
    where k.derived and r.latest_year is not null;

    -- One pass over the keys' facts in the unique key's order (no sort): a year with one fact that counts keeps it;
    -- only where a year has more is a document's publication date read and the choice made. Written in the
    -- ranking index's order, so that a large load appends to both indexes instead of touching them at random.
    insert into indicator_year_summary (indicator_code, year, kind, hospital_id, value, qualifier, fact_id)
    select c.indicator_code, c.year, c.kind, c.hospital_id, c.value, c.qualifier, c.id
    from (
        select c.*,
               row_number() over (partition by c.hospital_id, c.indicator_code, c.year, c.kind
                                  order by c.review_state in ('confirmed', 'corrected') desc,
                                           d.published_on desc nulls last, c.confidence desc, c.id) as place
        from (
            select v.indicator_code, v.year, v.kind, v.hospital_id, v.value, v.qualifier, v.id, v.document_id,
                   v.review_state, v.confidence,
                   count(*) over (partition by v.hospital_id, v.indicator_code, v.year, v.kind) as facts
            from indicator_summary_keys(tx) k
            join indicator_value v on v.hospital_id = k.hospital_id and v.indicator_code = k.indicator_code
                                  and v.kind = k.kind
            where not k.derived and not v.is_target and v.review_state <> 'rejected'
        ) c
        left join lateral (
            select d.published_on from source_document d where c.facts > 1 and d.id = c.document_id offset 0
        ) d on true
    ) c
    where c.place = 1
    order by c.indicator_code, c.year, c.kind, c.value;

    delete from indicator_summary_queue where txid = tx;
    delete from indicator_summary_pending where txid = tx;
end;
$$;

-- as V031: every table bumps the data version
create trigger tg_indicator_year_summary_data_version after insert or update or delete or truncate
    on indicator_year_summary for each statement execute function bump_data_version();

-- the facts already stored, chosen as the refresh chooses
insert into indicator_year_summary (indicator_code, year, kind, hospital_id, value, qualifier, fact_id)
select c.indicator_code, c.year, c.kind, c.hospital_id, c.value, c.qualifier, c.id
from (
    select distinct on (v.hospital_id, v.indicator_code, v.year, v.kind)
           v.indicator_code, v.year, v.kind, v.hospital_id, v.value, v.qualifier, v.id
    from indicator_value v
    join source_document d on d.id = v.document_id
    where not v.is_target and v.review_state <> 'rejected'
    order by v.hospital_id, v.indicator_code, v.year, v.kind,
             v.review_state in ('confirmed', 'corrected') desc, d.published_on desc nulls last, v.confidence desc,
             v.id
) c
order by c.indicator_code, c.year, c.kind, c.value;
analyze indicator_year_summary;
