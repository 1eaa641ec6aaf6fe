-- Voting (docs/secret-ballot.md). Three tables that must never be joinable:
--
-- event_voters: one row per member with a ballot in an event — the contests on it, how it was
-- sent, and whether they have voted ('web' or 'post'; no time is kept). Written when the
-- credentials are issued; `voted` is set in the same transaction that puts a sealed ballot in the
-- box, by an UPDATE ... WHERE voted IS NULL, so a member can vote once however many requests race.
--
-- voting_credentials: the hash of each voting code (never the code), whose it is, and whether it
-- was revoked (by a reissue, or by a postal vote). A reissue revokes and adds in one transaction.
--
-- ballot_box: the sealed ballots, with nothing that points to a voter: a random id, the event,
-- the sealed bytes and the tracking code (a hash of the bytes). No time, no sequence: SQLite
-- keeps a WITHOUT ROWID table in key order, so the random id is also the storage order.
CREATE TABLE event_voters (
    event_id TEXT NOT NULL,
    membership_number TEXT NOT NULL,
    contests TEXT NOT NULL,
    channel TEXT NOT NULL CHECK (channel IN ('email', 'post')),
    voted TEXT NULL CHECK (voted IN ('web', 'post')),
    PRIMARY KEY (event_id, membership_number)
) WITHOUT ROWID;

CREATE TABLE voting_credentials (
    code_hash BLOB NOT NULL PRIMARY KEY,
    event_id TEXT NOT NULL,
    membership_number TEXT NOT NULL,
    issued_at TEXT NOT NULL,
    revoked_at TEXT NULL,
    revoked_reason TEXT NULL CHECK (revoked_reason IN ('reissued', 'voted-by-post', 'withdrawn'))
) WITHOUT ROWID;

CREATE INDEX voting_credentials_member ON voting_credentials (event_id, membership_number);

CREATE TABLE ballot_box (
    id BLOB NOT NULL PRIMARY KEY,
    event_id TEXT NOT NULL,
    sealed BLOB NOT NULL,
    tracking_code TEXT NOT NULL UNIQUE
) WITHOUT ROWID;

CREATE INDEX ballot_box_event ON ballot_box (event_id, id);
