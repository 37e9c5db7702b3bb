-- A deadline counted by hand where a holiday calendar does not cover the year the clock needs: who recorded it
-- and how they counted. Cleared when the catalog gives the obligation a deadline of its own again.
ALTER TABLE incident_obligation ADD COLUMN counted_by VARCHAR(100);
ALTER TABLE incident_obligation ADD COLUMN counted_note VARCHAR(1000);
