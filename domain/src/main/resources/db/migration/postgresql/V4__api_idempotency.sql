-- CryoPath schema, version 4: the Idempotency-Key of REST API requests.
-- One row per (caller, operation, key): the unique constraint is what lets only one of two concurrent retries
-- create a referral; the other waits for the first to commit, finds its row and answers with its result.
-- The row is written in the transaction of the referral it created, and kept as long as the referral (no expiry):
-- a key names one request of one caller for good.
-- Twin of derby/V4__api_idempotency.sql, object for object; SchemaParityIT compares the two
-- schemas after migration.

CREATE SEQUENCE API_IDEMPOTENCY_SEQ AS BIGINT START WITH 50 INCREMENT BY 50;

CREATE TABLE API_IDEMPOTENCY_KEY (
    ID               BIGINT        NOT NULL,
    CALLER           VARCHAR(100)  NOT NULL,
    OPERATION        VARCHAR(40)   NOT NULL,
    IDEMPOTENCY_KEY  VARCHAR(128)  NOT NULL,
    -- SHA-256 (hex) of the request as the API understood it: the same key with another body is refused
    REQUEST_HASH     CHAR(64)      NOT NULL,
    CREATED_AT       BIGINT        NOT NULL,
    -- what the first request created, so a retry gets the same answer
    REFERRAL_ID      BIGINT,
    NEW_PATIENT      BOOLEAN,
    LOOK_ALIKE_IDS   VARCHAR(4000),
    CONSTRAINT PK_API_IDEMPOTENCY_KEY PRIMARY KEY (ID),
    CONSTRAINT UQ_API_IDEMPOTENCY_KEY UNIQUE (CALLER, OPERATION, IDEMPOTENCY_KEY),
    CONSTRAINT FK_API_IDEMPOTENCY_REFERRAL FOREIGN KEY (REFERRAL_ID) REFERENCES REFERRAL (ID)
);
