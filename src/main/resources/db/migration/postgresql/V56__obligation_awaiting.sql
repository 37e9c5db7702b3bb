-- Why an open obligation has no deadline (issue 18): the catalog's "awaiting" reason, kept beside due_at so the
-- deadline dashboard and the case workspace can say so, above all when a business-day calendar does not cover
-- the year a clock needs ("a business-day calendar that covers the date (…)"): an error to show, never a blank.
-- Null when the obligation has a deadline, or when it was stored before this column existed.
ALTER TABLE incident_obligation ADD COLUMN awaiting VARCHAR(1000);
