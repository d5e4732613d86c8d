-- A national ranking of one indicator and year reads 12 000 figures that lie on as many heap pages (values arrive
-- hospital by hospital). With what choosing among documents needs (kind, confidence, document, id) and what a
-- ratio needs (qualifier) in the index, the ranking is an index-only scan; quotes are read for the page shown.
drop index ix_indicator_value_indicator_year;
create index ix_indicator_value_indicator_year on indicator_value (indicator_code, year)
    include (hospital_id, value, kind, confidence, qualifier, document_id, id)
    where not is_target;
