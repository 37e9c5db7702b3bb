-- What the process tells the person taking a task again, e.g. which required item a draft lacked.
ALTER TABLE human_task ADD COLUMN note VARCHAR(4000);
