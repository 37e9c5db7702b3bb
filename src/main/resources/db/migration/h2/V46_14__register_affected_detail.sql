-- The API accepts up to 300 distinct jurisdictions of up to 11-digit counts ("UK-GDPR 10000000000, ...",
-- at most 300 × 21 characters), so the register's per-jurisdiction detail must hold 6,300 characters (issue 14).
ALTER TABLE breach_register_entry ALTER COLUMN affected_detail SET DATA TYPE VARCHAR(8000);
