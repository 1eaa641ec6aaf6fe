-- Contests and their frozen rolls (docs/rolls.md).
-- A contest holds its rulebook as the JSON text it was given, with the SHA-256 of that text; every
-- change of rulebook is kept in contest_rulebooks, so the rules any roll was frozen under can be shown.
CREATE TABLE contests (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code text NOT NULL UNIQUE,
    title text NOT NULL,
    rulebook_json text NOT NULL,
    rulebook_digest text NOT NULL,
    rulebook_id text NOT NULL,
    rulebook_version integer NOT NULL,
    revision integer NOT NULL,
    ballot_event_id bigint NULL,
    created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL
);

CREATE TABLE contest_rulebooks (
    contest_id bigint NOT NULL REFERENCES contests (id),
    revision integer NOT NULL,
    rulebook_json text NOT NULL,
    rulebook_digest text NOT NULL,
    changed_at timestamptz NOT NULL,
    changed_by text NOT NULL,
    PRIMARY KEY (contest_id, revision)
);

-- One row per freeze. The canonical listing (RollListing) is kept gzip-compressed; its digest is
-- over the uncompressed bytes. Status: frozen (the latest, awaiting approval), approved (final:
-- never changed again), superseded (an unapproved roll replaced by a later freeze).
CREATE TABLE rolls (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    contest_id bigint NOT NULL REFERENCES contests (id),
    contest_revision integer NOT NULL,
    status text NOT NULL,
    frozen_at timestamptz NOT NULL,
    frozen_by text NOT NULL,
    entry_count integer NOT NULL,
    digest text NOT NULL UNIQUE,
    counts text NOT NULL,
    listing bytea NOT NULL,
    approved_by text NULL,
    approved_at timestamptz NULL,
    superseded_at timestamptz NULL
);

CREATE INDEX ix_rolls_contest ON rolls (contest_id, id);
-- At most one roll awaiting approval and one approved roll per contest.
CREATE UNIQUE INDEX ux_rolls_frozen ON rolls (contest_id) WHERE status = 'frozen';
CREATE UNIQUE INDEX ux_rolls_approved ON rolls (contest_id) WHERE status = 'approved';

-- The voters of approved rolls only, written in the approval's transaction, so "which contests
-- is member M on" is one indexed lookup; freezing (which must be fast) writes only the blob.
CREATE TABLE roll_voters (
    roll_id bigint NOT NULL REFERENCES rolls (id),
    membership_number text NOT NULL,
    channel text NOT NULL,
    PRIMARY KEY (roll_id, membership_number)
);

CREATE INDEX ix_roll_voters_member ON roll_voters (membership_number);

CREATE FUNCTION rolls_approved_final() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'an approved roll is final';
END;
$$;

CREATE TRIGGER rolls_approved_final BEFORE UPDATE ON rolls
    FOR EACH ROW WHEN (OLD.status = 'approved') EXECUTE FUNCTION rolls_approved_final();
