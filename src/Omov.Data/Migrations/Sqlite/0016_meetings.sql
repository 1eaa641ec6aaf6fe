-- Nomination meetings (docs/meetings.md). A meeting's definition (venue, contests with their
-- candidates in statement order, the attendance rulebook, the door's rules) is one JSON document:
-- it is written once when the meeting is set up. Attendance, rounds and results are rows, each
-- written once: a member is checked in once (primary key), a round number is taken once (so two
-- tellers entering round 2 at once cannot both succeed), and a contest's result is declared once.
CREATE TABLE meetings (
    id TEXT NOT NULL PRIMARY KEY,
    local_party_code TEXT NOT NULL,
    title TEXT NOT NULL,
    starts_at TEXT NOT NULL,
    doors_close_at TEXT NOT NULL,
    definition TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL
);

CREATE INDEX meetings_party ON meetings (local_party_code, starts_at);

CREATE TABLE meeting_attendance (
    meeting_id TEXT NOT NULL REFERENCES meetings (id),
    membership_number TEXT NOT NULL,
    arrived_at TEXT NOT NULL,
    late INTEGER NOT NULL,
    paid_at_door INTEGER NOT NULL,
    checked_in_by TEXT NOT NULL,
    PRIMARY KEY (meeting_id, membership_number)
) WITHOUT ROWID;

-- One row per round of an exhaustive ballot (figures: votes per candidate, blanks, the lot), or
-- the single row of a preferential paper count (figures: the tallied papers).
CREATE TABLE meeting_rounds (
    meeting_id TEXT NOT NULL REFERENCES meetings (id),
    contest_index INTEGER NOT NULL,
    round_number INTEGER NOT NULL,
    figures TEXT NOT NULL,
    entered_by TEXT NOT NULL,
    entered_at TEXT NOT NULL,
    PRIMARY KEY (meeting_id, contest_index, round_number)
) WITHOUT ROWID;

CREATE TABLE meeting_results (
    meeting_id TEXT NOT NULL REFERENCES meetings (id),
    contest_index INTEGER NOT NULL,
    contest TEXT NOT NULL,
    nominee TEXT NOT NULL,
    decision TEXT NOT NULL,
    declared_by TEXT NOT NULL,
    declared_at TEXT NOT NULL,
    PRIMARY KEY (meeting_id, contest_index)
) WITHOUT ROWID;
