-- Notices and bulk messages to segments of the register (docs/messages.md). The segment is kept
-- as the officer built it and as the rulebook it resolved to; the messages themselves go through
-- email_outbox with batch_id 'message:<id>', so delivery figures come from there.
CREATE TABLE messages (
    id text NOT NULL PRIMARY KEY,
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('statutory', 'optional')),
    segment TEXT NOT NULL,
    rules TEXT NOT NULL,
    description TEXT NOT NULL,
    local_party_code TEXT NULL,
    status TEXT NOT NULL CHECK (status IN ('draft', 'scheduled', 'sending', 'queued', 'cancelled')),
    created_by TEXT NOT NULL,
    created_at timestamptz NOT NULL,
    send_at timestamptz NULL,
    lease_until timestamptz NULL,
    queued_at timestamptz NULL,
    selected bigint NULL,
    queued bigint NULL,
    no_email bigint NULL,
    unsubscribed bigint NULL
);

-- The due check: scheduled messages by send time, and claims that lapsed (a crash mid-queue).
CREATE INDEX messages_due ON messages (send_at) WHERE status = 'scheduled';
CREATE INDEX messages_leases ON messages (lease_until) WHERE status = 'sending';
CREATE INDEX messages_created ON messages (created_at);

-- One row per member who has ever been sent an optional message: the token of their
-- unsubscribe link (random, unguessable) and, once they use it, when they unsubscribed.
CREATE TABLE member_subscriptions (
    membership_number TEXT NOT NULL PRIMARY KEY,
    token TEXT NOT NULL UNIQUE,
    unsubscribed_at timestamptz NULL,
    created_at timestamptz NOT NULL
);

CREATE INDEX member_subscriptions_unsubscribed ON member_subscriptions (membership_number) WHERE unsubscribed_at IS NOT NULL;
