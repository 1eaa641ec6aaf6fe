-- Ballot events (Omov.Elections.Events.BallotEvent). The contests, candidates and timetable are
-- kept as one JSON definition (they change together, only while the event is a draft); code,
-- status and the close are columns because pages and the sender query by them. A status only
-- moves forward: the repository changes it with a compare-and-set on the old status.
CREATE TABLE ballot_events (
    id TEXT NOT NULL PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    status TEXT NOT NULL,
    closes_at TEXT NOT NULL,
    definition TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
