-- Reissue and reminders (docs/reissue.md).
--
-- reissue_requests: one row per self-service reissue request, whatever its outcome, kept for the
-- per-membership-number limit (a few requests a day, so a date of birth cannot be guessed by
-- trying them all), and what came of each (email, post or none) for staff answering a member's
-- call. Holds the number as typed (trimmed), never the email, postcode or date typed. Not in the
-- audit log: there, an outcome next to a request's time would tell whoever made it whether the
-- member has voted.
CREATE TABLE reissue_requests (
    id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    event_id TEXT NOT NULL,
    membership_number TEXT NOT NULL,
    requested_at TEXT NOT NULL,
    outcome TEXT NULL CHECK (outcome IN ('email', 'post', 'none'))
);

CREATE INDEX reissue_requests_member ON reissue_requests (event_id, membership_number, requested_at);

-- postal_reissues: replacement ballots to post. The voting code is held (like a queued email's
-- content) only until the pack is rendered for printing, then erased.
CREATE TABLE postal_reissues (
    id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    event_id TEXT NOT NULL,
    membership_number TEXT NOT NULL,
    voting_code TEXT NULL,
    requested_at TEXT NOT NULL,
    printed_at TEXT NULL
);

CREATE INDEX postal_reissues_pending ON postal_reissues (event_id, id) WHERE printed_at IS NULL;

-- reminder_rounds: each reminder round of an event, when it is due, and when (and to how many)
-- it was queued. A round is queued once; its emails' keys (reminder:EVENT:MEMBER:ROUND) make a
-- repeat harmless too.
CREATE TABLE reminder_rounds (
    event_id TEXT NOT NULL,
    round INTEGER NOT NULL,
    due_at TEXT NOT NULL,
    queued_at TEXT NULL,
    queued INTEGER NULL,
    PRIMARY KEY (event_id, round)
) WITHOUT ROWID;

-- A message that must not go to a member who has voted in this event (a reminder): the sender's
-- claim withdraws it (status failed, response "withdrawn: ...") if the member has voted by then.
ALTER TABLE email_outbox ADD COLUMN cancel_if_voted_in TEXT NULL;
