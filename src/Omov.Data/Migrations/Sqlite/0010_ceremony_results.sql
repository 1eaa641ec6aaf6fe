-- The key ceremony, the opening of the box and the results (docs/counting-and-declaration.md).
-- key_ceremonies: the public record of each event's ceremony (KeyCeremonyRecordJson): the public
-- key, n, k, the holders, their verification keys and the proof. Never a share or a private key.
CREATE TABLE key_ceremonies (
    event_id TEXT NOT NULL PRIMARY KEY REFERENCES ballot_events (id),
    key_id TEXT NOT NULL,
    shares INTEGER NOT NULL,
    threshold INTEGER NOT NULL,
    record TEXT NOT NULL,
    held_by TEXT NOT NULL,
    held_at TEXT NOT NULL
);

-- Share files (each already locked by its scrutineer's passphrase) waiting for their scrutineer to
-- download them, signed in as themselves. A download deletes the row: the server keeps no copy.
CREATE TABLE key_share_handovers (
    event_id TEXT NOT NULL REFERENCES key_ceremonies (event_id),
    share_index INTEGER NOT NULL,
    holder_username TEXT NOT NULL,
    share_file TEXT NOT NULL,
    PRIMARY KEY (event_id, share_index)
);

-- The opening of an event's box: when, with which shares, how many ballots were read and rejected.
CREATE TABLE box_openings (
    event_id TEXT NOT NULL PRIMARY KEY REFERENCES ballot_events (id),
    opened_at TEXT NOT NULL,
    opened_by TEXT NOT NULL,
    shares_used TEXT NOT NULL,
    ballots_in_box INTEGER NOT NULL,
    ballots_rejected INTEGER NOT NULL
);

-- One row per contest counted. status: provisional (seen only by the returning officer) or
-- declared (public). report: the count's JSON report (JsonReport) with every stage.
CREATE TABLE contest_results (
    event_id TEXT NOT NULL REFERENCES box_openings (event_id),
    contest_code TEXT NOT NULL,
    position INTEGER NOT NULL,
    status TEXT NOT NULL,
    method TEXT NOT NULL,
    seats INTEGER NOT NULL,
    electorate INTEGER NOT NULL,
    ballots_cast INTEGER NOT NULL,
    blank INTEGER NOT NULL,
    spoilt INTEGER NOT NULL,
    report TEXT NOT NULL,
    counted_at TEXT NOT NULL,
    declared_at TEXT NULL,
    PRIMARY KEY (event_id, contest_code)
);

-- The anonymised opened ballots of each contest, as BLT (aggregated rankings in shuffled order,
-- no voter, no time): written only when the box is opened, published with the declaration.
CREATE TABLE opened_ballots (
    event_id TEXT NOT NULL,
    contest_code TEXT NOT NULL,
    blt BLOB NOT NULL,
    PRIMARY KEY (event_id, contest_code),
    FOREIGN KEY (event_id, contest_code) REFERENCES contest_results (event_id, contest_code)
);
