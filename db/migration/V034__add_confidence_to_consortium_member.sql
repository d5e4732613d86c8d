-- A membership is a fact like the others, so it carries the extractor's confidence (that of the consortium fact
-- that named it, in its document), and min_confidence can leave uncertain members out. Memberships stored before
-- take their consortium's confidence; bulk-imported ones (source_line set) are certain, as every bulk fact is.
alter table consortium_member add column confidence numeric(4,3);

update consortium_member m
set confidence = case when m.source_line is not null then 1 else c.confidence end
from consortium c
where c.id = m.consortium_id;

alter table consortium_member
    alter column confidence set not null,
    add constraint ck_consortium_member_confidence check (confidence > 0 and confidence <= 1);
