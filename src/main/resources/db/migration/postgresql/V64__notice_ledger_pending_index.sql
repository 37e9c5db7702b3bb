-- Issue 19, found by the 33.7-million-recipient benchmark: the claim query (run_id, status 'PENDING', next_attempt_at
-- due, FOR UPDATE SKIP LOCKED) ordered by id was planned on the primary key. PostgreSQL assumes the PENDING rows are
-- spread evenly, but they are the highest ids (the lowest are already SENT), so every claim walked over every row
-- sent before it: 6,000 letters a second at one million, 600 at 1.4 million of 33.7 million. Claims now take the
-- rows due first, then by id, from this partial index: it holds only the rows still to send, in that order (no other
-- index gives it, so the planner cannot prefer the primary key), and shrinks as the run goes. Building it blocks the
-- ledger's writes for the time it takes on an existing installation (a minute or so per ten million rows); upgrade
-- between runs.
CREATE INDEX notice_ledger_pending ON notice_ledger (run_id, next_attempt_at, id) WHERE status = 'PENDING';
