-- Voting (docs/secret-ballot.md). Three tables that must never be joinable:
--
-- event_voters: one row per member with a ballot in an event — the contests on it, how it was
-- sent, and whether they have voted ('web' or 'post'; no time is kept). Written when the
-- credentials are issued; `voted` is set in the same transaction that puts a sealed ballot in the
-- box, by an UPDATE ... WHERE voted IS NULL, so a member can vote once however many requests race
-- (the second UPDATE waits for the first's row lock, then finds voted set).
-- fillfactor leaves room on each page so that update stays on the member's page (a HOT update)
-- instead of moving the row to wherever the free space is, which would write down voting order.
--
-- voting_credentials: the hash of each voting code (never the code), whose it is, and whether it
-- was revoked (by a reissue, or by a postal vote). A reissue revokes and adds in one transaction.
--
-- ballot_box: the sealed ballots, with nothing that points to a voter: a random id, the event,
-- the sealed bytes and the tracking code (a hash of the bytes). No time, no sequence. PostgreSQL
-- stores heap rows in arrival order; the opening reads them in random-id order, and the export
-- and the bulletin board sort by tracking code, so that order is never shown.
CREATE TABLE event_voters (
    event_id text NOT NULL,
    membership_number text NOT NULL,
    contests text NOT NULL,
    channel text NOT NULL CHECK (channel IN ('email', 'post')),
    voted text NULL CHECK (voted IN ('web', 'post')),
    PRIMARY KEY (event_id, membership_number)
) WITH (fillfactor = 70);

CREATE TABLE voting_credentials (
    code_hash bytea NOT NULL PRIMARY KEY,
    event_id text NOT NULL,
    membership_number text NOT NULL,
    issued_at timestamptz NOT NULL,
    revoked_at timestamptz NULL,
    revoked_reason text NULL CHECK (revoked_reason IN ('reissued', 'voted-by-post', 'withdrawn'))
);

CREATE INDEX voting_credentials_member ON voting_credentials (event_id, membership_number);

CREATE TABLE ballot_box (
    id bytea NOT NULL PRIMARY KEY,
    event_id text NOT NULL,
    sealed bytea NOT NULL,
    tracking_code text NOT NULL UNIQUE
);

CREATE INDEX ballot_box_event ON ballot_box (event_id, id);
