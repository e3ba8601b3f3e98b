-- CryoPath schema, version 6: search keys that a write transaction can look up without reading other rows.
-- Registering a referral checks for patients with the same name and date of birth. Comparing LOWER(FAMILY_NAME)
-- could use no index: every registration read every patient row, and on Derby such a read waits for the rows other
-- registrations have inserted and not yet committed (two of them deadlock). The keys are the names as PersonName.key
-- compares them (trimmed, lower case, single spaces), kept beside the names and indexed with the date of birth.
-- Twin of derby/V6__search_keys.sql, object for object; SchemaParityIT compares the two schemas after migration.
-- PostgreSQL's indexes serve a LIKE 'oka%' only in the "C" collation or with a pattern operator class: the search
-- keys' indexes use varchar_pattern_ops, which serves both the prefix searches and the equality of look-alikes.

ALTER TABLE PATIENT ADD COLUMN FAMILY_KEY VARCHAR(100);
ALTER TABLE PATIENT ADD COLUMN GIVEN_KEY VARCHAR(100);
-- Names are stored trimmed already; a name typed with two spaces in a row keeps them in its key until it changes.
UPDATE PATIENT SET FAMILY_KEY = LOWER(FAMILY_NAME), GIVEN_KEY = LOWER(GIVEN_NAME);
ALTER TABLE PATIENT ALTER COLUMN FAMILY_KEY SET NOT NULL;
ALTER TABLE PATIENT ALTER COLUMN GIVEN_KEY SET NOT NULL;

-- Look-alikes: family, given and date of birth all equal. Patient search: a family name's start (LIKE 'oka%').
DROP INDEX IX_PATIENT_NAME_DOB;
CREATE INDEX IX_PATIENT_NAME_KEY
    ON PATIENT (FAMILY_KEY varchar_pattern_ops, GIVEN_KEY varchar_pattern_ops, DATE_OF_BIRTH);
-- Patient search by the start of a given name.
CREATE INDEX IX_PATIENT_GIVEN_KEY ON PATIENT (GIVEN_KEY varchar_pattern_ops);
-- The outbox monitor's search by recipient address (the start of it).
CREATE INDEX IX_OUTBOX_RECIPIENT ON OUTBOX_MESSAGE (RECIPIENT varchar_pattern_ops);
