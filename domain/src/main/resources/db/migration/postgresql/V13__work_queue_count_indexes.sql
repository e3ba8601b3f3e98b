-- CryoPath schema, version 13: the today board counts referrals by status (and urgent ones) and issued plans not yet
-- acknowledged on every refresh. These indexes hold every column those counts read, so each count reads only the
-- index entries of the status asked for; Derby counted them by reading the whole referral and plan tables.
CREATE INDEX IX_REFERRAL_STATUS_PRIORITY ON REFERRAL (STATUS, PRIORITY);
CREATE INDEX IX_PLAN_STATUS_ACKNOWLEDGED ON PREPARATION_PLAN (STATUS, ACKNOWLEDGED_AT);
