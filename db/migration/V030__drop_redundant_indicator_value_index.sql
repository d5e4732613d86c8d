-- uq_indicator_value_fact (hospital_id, indicator_code, year, kind, document_id, is_target) starts with the same
-- three columns, and serves a hospital's series, profile and coverage as well (EXPLAIN in bench/README.md):
-- one B-tree less to write for every value imported.
drop index ix_indicator_value_hospital_indicator;
