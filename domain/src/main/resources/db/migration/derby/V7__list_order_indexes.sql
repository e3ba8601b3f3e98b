-- CryoPath schema, version 7: every list the dashboard shows pages through an index that returns its rows in the
-- list's order, so a page costs the rows it shows, not the whole table (and no sort of it).

-- The triage inbox: referrals waiting for a decision (RECEIVED) or for the referrer's answer (NEEDS_INFO), urgent
-- first, then the longest waiting. Its place in the inbox is computed by the database from status and priority:
-- 0 urgent and waiting, 1 routine and waiting, NULL not in the inbox (decided). One index range (0 to 1) is then the
-- inbox in order; a status IN (...) condition would need the two statuses' rows merged and sorted.
ALTER TABLE REFERRAL ADD COLUMN TRIAGE_RANK SMALLINT GENERATED ALWAYS AS (
    CASE WHEN STATUS IN ('RECEIVED', 'NEEDS_INFO') THEN (CASE WHEN PRIORITY = 'URGENT' THEN 0 ELSE 1 END) ELSE NULL END);
CREATE INDEX IX_REFERRAL_TRIAGE ON REFERRAL (TRIAGE_RANK, RECEIVED_AT, ID);

-- The referral list: newest first.
CREATE INDEX IX_REFERRAL_RECEIVED ON REFERRAL (RECEIVED_AT DESC, ID DESC);

-- Patient search: by family name, then given name (their keys, as compared), then id.
CREATE INDEX IX_PATIENT_LIST ON PATIENT (FAMILY_KEY, GIVEN_KEY, ID);

-- The audit log: newest first.
CREATE INDEX IX_AUDIT_RECENT ON AUDIT_ENTRY (OCCURRED_AT DESC, ID DESC);

-- The outbox monitor's failed messages: newest first.
CREATE INDEX IX_OUTBOX_FAILED ON OUTBOX_MESSAGE (STATUS, CREATED_AT DESC, ID DESC);

-- Staff accounts are listed by username, which UQ_STAFF_USER_USERNAME serves.
