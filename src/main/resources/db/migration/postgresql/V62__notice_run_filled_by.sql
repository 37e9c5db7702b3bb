-- Issue 19: the node that is creating a run's ledger (status CREATING). When that node dies mid-fill, the survivor
-- that takes it over resumes the fill (it continues after the highest recipient already in the ledger) instead of
-- the run waiting for some node's next start. Null for runs created before, and on a node that works alone.
ALTER TABLE notice_run ADD COLUMN filled_by VARCHAR(80);
