-- CryoPath schema, version 10: the escort worklist (sessions whose escort the front desk must chase, flagged at risk
-- nearer the day, and when the escort reminder E6 was queued), the log of the front desk's calls, and a kept escort's
-- re-confirmation after a reschedule.

-- A confirmed escort carried over to a rescheduled session: the patient is asked to confirm it for the new time.
ALTER TABLE TREATMENT_SESSION ADD COLUMN ESCORT_RECONFIRM BOOLEAN NOT NULL DEFAULT FALSE;

-- One row per session at most: the key settles two escalation runs adding the same session at the same moment.
CREATE TABLE ESCORT_WORKLIST (
    SESSION_ID BIGINT NOT NULL,
    -- Instants as epoch milliseconds, UTC.
    JOINED_AT BIGINT NOT NULL,
    AT_RISK_AT BIGINT,
    REMINDER_QUEUED_AT BIGINT,
    VERSION BIGINT NOT NULL,
    CONSTRAINT PK_ESCORT_WORKLIST PRIMARY KEY (SESSION_ID),
    CONSTRAINT FK_ESCORT_WORKLIST_SESSION FOREIGN KEY (SESSION_ID) REFERENCES TREATMENT_SESSION (ID)
);

CREATE TABLE ESCORT_CALL (
    ID BIGINT NOT NULL,
    SESSION_ID BIGINT NOT NULL,
    CALLED_AT BIGINT NOT NULL,
    CALLED_BY VARCHAR(100) NOT NULL,
    OUTCOME VARCHAR(16) NOT NULL,
    NOTE VARCHAR(500),
    CONSTRAINT PK_ESCORT_CALL PRIMARY KEY (ID),
    CONSTRAINT FK_ESCORT_CALL_SESSION FOREIGN KEY (SESSION_ID) REFERENCES TREATMENT_SESSION (ID),
    CONSTRAINT CK_ESCORT_CALL_OUTCOME CHECK (OUTCOME IN ('NO_ANSWER', 'LEFT_MESSAGE', 'CALL_BACK', 'WRONG_NUMBER',
        'CONFIRMED', 'UNAVAILABLE'))
);
CREATE INDEX IX_ESCORT_CALL_SESSION ON ESCORT_CALL (SESSION_ID, CALLED_AT);
CREATE SEQUENCE ESCORT_CALL_SEQ AS BIGINT START WITH 50 INCREMENT BY 50;
