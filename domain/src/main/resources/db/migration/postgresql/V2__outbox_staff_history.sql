-- CryoPath schema, version 2: the history of staff actions on outbox messages (retry, cancel), and an index for
-- the dispatcher's recording step.
-- Kept apart from the general audit trail on purpose: an outbox row changes state thousands of times a day
-- through the dispatcher, and only what a person did to it belongs in a history someone reads.
-- Twin of derby/V2__outbox_staff_history.sql, object for object; SchemaParityIT compares the two
-- schemas after migration.

CREATE SEQUENCE OUTBOX_EVENT_SEQ AS BIGINT START WITH 50 INCREMENT BY 50;

CREATE TABLE OUTBOX_EVENT (
    ID             BIGINT        NOT NULL,
    OUTBOX_ID      BIGINT        NOT NULL,
    ACTION         VARCHAR(16)   NOT NULL,
    ACTOR          VARCHAR(120)  NOT NULL,
    ACTED_AT       BIGINT        NOT NULL,
    STATUS_BEFORE  VARCHAR(16)   NOT NULL,
    ATTEMPTS       INTEGER       NOT NULL,
    LAST_ERROR     VARCHAR(1000),
    CONSTRAINT PK_OUTBOX_EVENT PRIMARY KEY (ID),
    CONSTRAINT FK_OUTBOX_EVENT_MESSAGE FOREIGN KEY (OUTBOX_ID) REFERENCES OUTBOX_MESSAGE (ID),
    CONSTRAINT CK_OUTBOX_EVENT_ACTION CHECK (ACTION IN ('RETRIED', 'CANCELLED'))
);
CREATE INDEX IX_OUTBOX_EVENT_MESSAGE ON OUTBOX_EVENT (OUTBOX_ID, ACTED_AT);

-- The dispatcher records outcomes by claim token: finding a batch's rows must not scan the table.
CREATE INDEX IX_OUTBOX_CLAIM ON OUTBOX_MESSAGE (CLAIM_TOKEN);
