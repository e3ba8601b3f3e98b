-- CryoPath schema, version 12: the escort worklist finds booked sessions whose escort said nobody is available by
-- this index, instead of testing every upcoming session of the year (the today board counts them on every refresh).
CREATE INDEX IX_SESSION_ESCORT_STATUS ON TREATMENT_SESSION (ESCORT_STATUS, START_AT);
