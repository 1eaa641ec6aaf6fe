-- Conference delegates (docs/delegates.md): entitlement snapshots and delegate election results.
-- A snapshot keeps the delegate rules as the JSON they were applied as, and one row per local party
-- with its counts, the delegates by line and the plain-English lines (JSON list).
CREATE TABLE delegate_entitlement_runs (
    id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    conference_year INTEGER NOT NULL,
    count_date TEXT NOT NULL,
    rules_id TEXT NOT NULL,
    rules_version INTEGER NOT NULL,
    rules_json TEXT NOT NULL,
    calculated_at TEXT NOT NULL,
    calculated_by TEXT NOT NULL
);

CREATE INDEX ix_delegate_entitlement_runs_year ON delegate_entitlement_runs (conference_year, id);

CREATE TABLE delegate_entitlements (
    run_id INTEGER NOT NULL REFERENCES delegate_entitlement_runs (id),
    local_party_code TEXT NOT NULL,
    local_party_name TEXT NOT NULL,
    members INTEGER NOT NULL,
    women INTEGER NOT NULL,
    young INTEGER NOT NULL,
    base_delegates INTEGER NOT NULL,
    band_delegates INTEGER NOT NULL,
    cap_applied INTEGER NOT NULL,
    ordinary INTEGER NOT NULL,
    women_extra INTEGER NOT NULL,
    youth_extra INTEGER NOT NULL,
    ordinary_women INTEGER NOT NULL,
    last_sole TEXT NOT NULL,
    lines TEXT NOT NULL,
    PRIMARY KEY (run_id, local_party_code)
);

-- One delegate election per local party per conference year; the count's full JSON report is kept for scrutiny.
CREATE TABLE delegate_elections (
    id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    local_party_code TEXT NOT NULL,
    conference_year INTEGER NOT NULL,
    method TEXT NOT NULL,
    seats INTEGER NOT NULL,
    women_needed INTEGER NOT NULL,
    young_needed INTEGER NOT NULL,
    places TEXT NOT NULL,
    papers INTEGER NOT NULL,
    report_json TEXT NOT NULL,
    counted_at TEXT NOT NULL,
    counted_by TEXT NOT NULL,
    UNIQUE (local_party_code, conference_year)
);

CREATE TABLE elected_delegates (
    election_id INTEGER NOT NULL REFERENCES delegate_elections (id),
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    membership_number TEXT NOT NULL,
    is_woman INTEGER NOT NULL,
    is_young INTEGER NOT NULL,
    place TEXT NOT NULL,
    PRIMARY KEY (election_id, position)
);
