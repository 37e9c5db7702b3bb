-- Issue 19: PostgreSQL gets a partial index for the claim query (see postgresql/V64). H2 has no partial indexes and
-- its planner already takes notice_ledger_claim (run_id, status, id) for that query; this version only refreshes
-- the table's statistics, so both databases share version numbers.
ANALYZE TABLE notice_ledger;
