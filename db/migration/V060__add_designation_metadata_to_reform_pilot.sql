-- How a pilot designation was made, where the designating sentence says so (issue 14, part 4): the body that
-- designated (国家卫生健康委, 省医改办, several joined by 、), the document number (国卫办医函〔2019〕123号), the batch as
-- written (第二批, 首批) with its number, and the date as precise as written. All null where the text is silent.
alter table reform_pilot
    add column designated_by        text,
    add column document_number      text,
    add column batch                text,
    add column batch_number         smallint,
    add column designated_on        date,
    add column designated_precision text,
    add constraint ck_reform_pilot_batch_number check (batch_number between 1 and 99),
    add constraint ck_reform_pilot_batch check ((batch is null) = (batch_number is null)),
    add constraint ck_reform_pilot_designated_precision check (designated_precision in ('year', 'month', 'day')),
    add constraint ck_reform_pilot_designated check ((designated_on is null) = (designated_precision is null)),
    add constraint ck_reform_pilot_designated_by_length check (char_length(designated_by) <= 200),
    add constraint ck_reform_pilot_document_number_length check (char_length(document_number) <= 60);

-- "which hospitals were named in the second batch": the pilot list filters by batch
create index ix_reform_pilot_category_batch on reform_pilot (category, batch_number) where batch_number is not null;
