-- Contests and their frozen rolls (docs/rolls.md).
-- A contest holds its rulebook as the JSON text it was given, with the SHA-256 of that text; every
-- change of rulebook is kept in contest_rulebooks, so the rules any roll was frozen under can be shown.
CREATE TABLE contests (
    id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    code TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    rulebook_json TEXT NOT NULL,
    rulebook_digest TEXT NOT NULL,
    rulebook_id TEXT NOT NULL,
    rulebook_version INTEGER NOT NULL,
    revision INTEGER NOT NULL,
    ballot_event_id INTEGER NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE contest_rulebooks (
    contest_id INTEGER NOT NULL REFERENCES contests (id),
    revision INTEGER NOT NULL,
    rulebook_json TEXT NOT NULL,
    rulebook_digest TEXT NOT NULL,
    changed_at TEXT NOT NULL,
    changed_by TEXT NOT NULL,
    PRIMARY KEY (contest_id, revision)
);

-- One row per freeze. The canonical listing (RollListing) is kept gzip-compressed; its digest is
-- over the uncompressed bytes. Status: frozen (the latest, awaiting approval), approved (final:
-- never changed again), superseded (an unapproved roll replaced by a later freeze).
CREATE TABLE rolls (
    id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    contest_id INTEGER NOT NULL REFERENCES contests (id),
    contest_revision INTEGER NOT NULL,
    status TEXT NOT NULL,
    frozen_at TEXT NOT NULL,
    frozen_by TEXT NOT NULL,
    entry_count INTEGER NOT NULL,
    digest TEXT NOT NULL UNIQUE,
    counts TEXT NOT NULL,
    listing BLOB NOT NULL,
    approved_by TEXT NULL,
    approved_at TEXT NULL,
    superseded_at TEXT NULL
);

CREATE INDEX ix_rolls_contest ON rolls (contest_id, id);
-- At most one roll awaiting approval and one approved roll per contest.
CREATE UNIQUE INDEX ux_rolls_frozen ON rolls (contest_id) WHERE status = 'frozen';
CREATE UNIQUE INDEX ux_rolls_approved ON rolls (contest_id) WHERE status = 'approved';

-- The voters of approved rolls only, written in the approval's transaction, so "which contests
-- is member M on" is one indexed lookup; freezing (which must be fast) writes only the blob.
CREATE TABLE roll_voters (
    roll_id INTEGER NOT NULL REFERENCES rolls (id),
    membership_number TEXT NOT NULL,
    channel TEXT NOT NULL,
    PRIMARY KEY (roll_id, membership_number)
);

CREATE INDEX ix_roll_voters_member ON roll_voters (membership_number);

CREATE TRIGGER rolls_approved_final BEFORE UPDATE ON rolls WHEN OLD.status = 'approved'
BEGIN
    SELECT RAISE(ABORT, 'an approved roll is final');
END;
