-- The audit log: append-only, one row per entry, hash-chained (docs/audit-log.md). The
-- timestamp is kept as its canonical text (to the tick), so the stored entry hashes exactly as
-- it did when written; details are a JSON object of strings.
CREATE TABLE audit_entries (
    sequence INTEGER NOT NULL PRIMARY KEY,
    timestamp TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    subject TEXT NOT NULL,
    details TEXT NOT NULL,
    previous_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);

CREATE TRIGGER audit_entries_no_update BEFORE UPDATE ON audit_entries
BEGIN
    SELECT RAISE(ABORT, 'audit entries are append-only');
END;

CREATE TRIGGER audit_entries_no_delete BEFORE DELETE ON audit_entries
BEGIN
    SELECT RAISE(ABORT, 'audit entries are append-only');
END;
