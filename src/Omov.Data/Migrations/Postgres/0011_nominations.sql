-- Supporting nominations (docs/nominations.md). A contest's nomination period holds its thresholds
-- as the JSON text given (NominationThresholdsJson); times are UTC instants. Local parties are the
-- organisation's units; affiliates (with affiliated membership) and elected members (MPs/MEPs) are
-- listed here. A nomination is never deleted: a withdrawal stamps it, and only standing nominations
-- count. The partial unique index stops one body nominating one candidate twice even under a race.
CREATE TABLE nomination_periods (
    contest_code TEXT NOT NULL PRIMARY KEY,
    opens_at timestamptz NOT NULL,
    closes_at timestamptz NOT NULL,
    time_zone TEXT NOT NULL,
    thresholds_json TEXT NOT NULL,
    thresholds_id TEXT NOT NULL,
    thresholds_version INTEGER NOT NULL,
    updated_at timestamptz NOT NULL
);

CREATE TABLE nomination_candidates (
    contest_code TEXT NOT NULL REFERENCES nomination_periods (contest_code),
    code TEXT NOT NULL,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    membership_number TEXT NOT NULL,
    statement TEXT NOT NULL,
    groups_json TEXT NOT NULL,
    PRIMARY KEY (contest_code, code)
);

CREATE TABLE nominating_affiliates (
    code TEXT NOT NULL PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    affiliated_membership bigint NOT NULL
);

CREATE TABLE nominating_elected_members (
    code TEXT NOT NULL PRIMARY KEY,
    name TEXT NOT NULL,
    house TEXT NOT NULL
);

CREATE TABLE nominations (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    contest_code TEXT NOT NULL REFERENCES nomination_periods (contest_code),
    body_kind TEXT NOT NULL,
    body_code TEXT NOT NULL,
    candidate_code TEXT NOT NULL,
    decision TEXT NOT NULL,
    recorded_by TEXT NOT NULL,
    recorded_at timestamptz NOT NULL,
    withdrawn_at timestamptz NULL,
    withdrawn_by TEXT NULL
);

CREATE UNIQUE INDEX nominations_standing ON nominations (contest_code, body_kind, body_code, candidate_code) WHERE withdrawn_at IS NULL;
CREATE INDEX nominations_by_contest ON nominations (contest_code, candidate_code);
