-- The audit log: append-only, one row per entry, hash-chained (docs/audit-log.md). The
-- timestamp is kept as its canonical text (to the tick; timestamptz keeps only microseconds), so
-- the stored entry hashes exactly as it did when written; details are a JSON object of strings.
CREATE TABLE audit_entries (
    sequence bigint NOT NULL PRIMARY KEY,
    timestamp text NOT NULL,
    actor text NOT NULL,
    action text NOT NULL,
    subject text NOT NULL,
    details text NOT NULL,
    previous_hash text NOT NULL,
    hash text NOT NULL
);

CREATE FUNCTION audit_entries_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit entries are append-only';
END;
$$;

CREATE TRIGGER audit_entries_no_change BEFORE UPDATE OR DELETE ON audit_entries
    FOR EACH ROW EXECUTE FUNCTION audit_entries_append_only();

CREATE TRIGGER audit_entries_no_truncate BEFORE TRUNCATE ON audit_entries
    FOR EACH STATEMENT EXECUTE FUNCTION audit_entries_append_only();
