-- Nomination meetings (docs/meetings.md). A meeting's definition (venue, contests with their
-- candidates in statement order, the attendance rulebook, the door's rules) is one JSON document:
-- it is written once when the meeting is set up. Attendance, rounds and results are rows, each
-- written once: a member is checked in once (primary key), a round number is taken once (so two
-- tellers entering round 2 at once cannot both succeed), and a contest's result is declared once.
CREATE TABLE meetings (
    id TEXT NOT NULL PRIMARY KEY,
    local_party_code text NOT NULL,
    title text NOT NULL,
    starts_at timestamptz NOT NULL,
    doors_close_at timestamptz NOT NULL,
    definition text NOT NULL,
    created_by text NOT NULL,
    created_at timestamptz NOT NULL
);

CREATE INDEX meetings_party ON meetings (local_party_code, starts_at);

CREATE TABLE meeting_attendance (
    meeting_id TEXT NOT NULL REFERENCES meetings (id),
    membership_number text NOT NULL,
    arrived_at timestamptz NOT NULL,
    late boolean NOT NULL,
    paid_at_door boolean NOT NULL,
    checked_in_by text NOT NULL,
    PRIMARY KEY (meeting_id, membership_number)
);

-- One row per round of an exhaustive ballot (figures: votes per candidate, blanks, the lot), or
-- the single row of a preferential paper count (figures: the tallied papers).
CREATE TABLE meeting_rounds (
    meeting_id TEXT NOT NULL REFERENCES meetings (id),
    contest_index INTEGER NOT NULL,
    round_number INTEGER NOT NULL,
    figures text NOT NULL,
    entered_by text NOT NULL,
    entered_at timestamptz NOT NULL,
    PRIMARY KEY (meeting_id, contest_index, round_number)
);

CREATE TABLE meeting_results (
    meeting_id TEXT NOT NULL REFERENCES meetings (id),
    contest_index INTEGER NOT NULL,
    contest text NOT NULL,
    nominee text NOT NULL,
    decision text NOT NULL,
    declared_by text NOT NULL,
    declared_at timestamptz NOT NULL,
    PRIMARY KEY (meeting_id, contest_index)
);
