-- Cohorts are imported with COPY (issue 8). A foreign key on notice_recipient.cohort_id costs one
-- trigger lookup per row and halves COPY's rate (measured: 166,000 vs 358,000 rows/s on 2 cores), so it
-- goes. Only the importer writes recipients, always after committing their notice_cohort row, and a cohort
-- is only deleted together with its recipients (CohortImporter.discard).
ALTER TABLE notice_recipient DROP CONSTRAINT IF EXISTS notice_recipient_cohort_id_fkey;
