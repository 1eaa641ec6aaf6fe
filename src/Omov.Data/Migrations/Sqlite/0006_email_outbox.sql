-- The email outbox (docs/email-delivery.md): one row per message to one member. A sender claims
-- due rows under a lease (status 'sending', lease_owner, lease_until), sends each one, and marks
-- the result. The content (template + merge values, or rendered subject/text/html) may hold a
-- voting code, so it is erased once the message reaches a final status (sent, bounced, failed).
-- last_response holds the SMTP reply code and text, never the recipient's address.
CREATE TABLE email_outbox (
    id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    idempotency_key TEXT NOT NULL UNIQUE,
    message_id TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    batch_id TEXT NULL,
    member_number TEXT NULL,
    recipient TEXT NOT NULL,
    language TEXT NOT NULL,
    template TEXT NULL,
    merge_values TEXT NULL,
    subject TEXT NULL,
    text_body TEXT NULL,
    html_body TEXT NULL,
    status TEXT NOT NULL CHECK (status IN ('queued', 'sending', 'sent', 'deferred', 'bounced', 'failed')),
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT NOT NULL,
    lease_owner TEXT NULL,
    lease_until TEXT NULL,
    last_response TEXT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    sent_at TEXT NULL
);

-- The claim's search: due rows in id order. Only waiting rows are indexed by due time, so the
-- index stays small however many messages have been sent.
CREATE INDEX email_outbox_due ON email_outbox (next_attempt_at, id) WHERE status IN ('queued', 'deferred');
CREATE INDEX email_outbox_leases ON email_outbox (lease_until) WHERE status = 'sending';
CREATE INDEX email_outbox_bounced ON email_outbox (updated_at, id) WHERE status = 'bounced';
-- Batch first: an index led by status would tempt the planner away from the partial indexes
-- above, into reading every waiting message to sort them (seconds at 500,000 messages).
CREATE INDEX email_outbox_batch ON email_outbox (batch_id, status);
