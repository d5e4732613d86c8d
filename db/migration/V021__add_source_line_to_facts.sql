-- The line of the bulk-import CSV file a fact was loaded from; null for facts read from a text. With the
-- "import N" span of the dataset's document (whose line names the file's sha256) it pins an imported
-- figure to one line of one file.
alter table indicator_value
    add column source_line integer,
    add constraint ck_indicator_value_source_line check (source_line > 0);
alter table reform_pilot
    add column source_line integer,
    add constraint ck_reform_pilot_source_line check (source_line > 0);
alter table consortium
    add column source_line integer,
    add constraint ck_consortium_source_line check (source_line > 0);
alter table consortium_member
    add column source_line integer,
    add constraint ck_consortium_member_source_line check (source_line > 0);
