-- The email outbox (docs/email-delivery.md): one row per message to one member. A sender claims
-- due rows under a lease (status 'sending', lease_owner, lease_until) with FOR UPDATE SKIP LOCKED,
-- sends each one, and marks the result. The content (template + merge values, or rendered
-- subject/text/html) may hold a voting code, so it is erased once the message reaches a final
-- status (sent, bounced, failed). last_response holds the SMTP reply code and text, never the
-- recipient's address.
CREATE TABLE email_outbox (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    idempotency_key text NOT NULL UNIQUE,
    message_id text NOT NULL UNIQUE,
    kind text NOT NULL,
    batch_id text NULL,
    member_number text NULL,
    recipient text NOT NULL,
    language text NOT NULL,
    template text NULL,
    merge_values text NULL,
    subject text NULL,
    text_body text NULL,
    html_body text NULL,
    status text NOT NULL CHECK (status IN ('queued', 'sending', 'sent', 'deferred', 'bounced', 'failed')),
    attempts integer NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL,
    lease_owner text NULL,
    lease_until timestamptz NULL,
    last_response text NULL,
    created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL,
    sent_at timestamptz NULL
);

-- The claim's search: due rows in id order. Only waiting rows are indexed by due time, so the
-- index stays small however many messages have been sent.
CREATE INDEX email_outbox_due ON email_outbox (next_attempt_at, id) WHERE status IN ('queued', 'deferred');
CREATE INDEX email_outbox_leases ON email_outbox (lease_until) WHERE status = 'sending';
CREATE INDEX email_outbox_bounced ON email_outbox (updated_at, id) WHERE status = 'bounced';
-- Batch first: an index led by status would tempt the planner away from the partial indexes
-- above, into reading every waiting message to sort them (seconds at 500,000 messages).
CREATE INDEX email_outbox_batch ON email_outbox (batch_id, status);
