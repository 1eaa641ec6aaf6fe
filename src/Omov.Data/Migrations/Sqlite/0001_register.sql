-- The register: organisation units, members and a record of imports (SQLite).
-- Sections are four nullable declaration instants, one column per section, so "declared women
-- by a cut-off" is a plain indexed comparison and a member is one row (the bulk path stays one insert).
CREATE TABLE organisation_units (
    code TEXT NOT NULL PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    parent_code TEXT NULL
);

CREATE TABLE members (
    membership_number TEXT NOT NULL PRIMARY KEY,
    first_name TEXT NOT NULL,
    last_name TEXT NOT NULL,
    email TEXT NULL,
    address_line1 TEXT NULL,
    address_line2 TEXT NULL,
    address_line3 TEXT NULL,
    address_town TEXT NULL,
    address_postcode TEXT NULL,
    date_of_birth TEXT NULL,
    joined_at TEXT NOT NULL,
    continuous_since TEXT NOT NULL,
    paid_up_to TEXT NULL,
    status TEXT NOT NULL,
    local_party_code TEXT NOT NULL,
    branch_code TEXT NULL,
    women_declared_at TEXT NULL,
    bame_declared_at TEXT NULL,
    disabled_declared_at TEXT NULL,
    lgbt_plus_declared_at TEXT NULL,
    is_councillor INTEGER NOT NULL,
    affiliate_code TEXT NULL
);

CREATE INDEX ix_members_local_party ON members (local_party_code);
CREATE INDEX ix_members_last_name ON members (last_name COLLATE NOCASE);
CREATE INDEX ix_members_postcode ON members (address_postcode COLLATE NOCASE);

CREATE TABLE import_runs (
    id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL,
    source TEXT NOT NULL,
    started_at TEXT NOT NULL,
    finished_at TEXT NOT NULL,
    rows_read INTEGER NOT NULL,
    rows_written INTEGER NOT NULL,
    problems INTEGER NOT NULL,
    outcome TEXT NOT NULL
);
