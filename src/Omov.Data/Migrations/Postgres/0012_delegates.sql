-- Conference delegates (docs/delegates.md), PostgreSQL: entitlement snapshots and delegate election results.
-- A snapshot keeps the delegate rules as the JSON they were applied as, and one row per local party
-- with its counts, the delegates by line and the plain-English lines (JSON list).
CREATE TABLE delegate_entitlement_runs (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    conference_year INTEGER NOT NULL,
    count_date date NOT NULL,
    rules_id TEXT NOT NULL,
    rules_version INTEGER NOT NULL,
    rules_json TEXT NOT NULL,
    calculated_at timestamptz NOT NULL,
    calculated_by TEXT NOT NULL
);

CREATE INDEX ix_delegate_entitlement_runs_year ON delegate_entitlement_runs (conference_year, id);

CREATE TABLE delegate_entitlements (
    run_id bigint NOT NULL REFERENCES delegate_entitlement_runs (id),
    local_party_code TEXT NOT NULL,
    local_party_name TEXT NOT NULL,
    members bigint NOT NULL,
    women bigint NOT NULL,
    young bigint NOT NULL,
    base_delegates INTEGER NOT NULL,
    band_delegates INTEGER NOT NULL,
    cap_applied boolean NOT NULL,
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
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    local_party_code TEXT NOT NULL,
    conference_year INTEGER NOT NULL,
    method TEXT NOT NULL,
    seats INTEGER NOT NULL,
    women_needed INTEGER NOT NULL,
    young_needed INTEGER NOT NULL,
    places TEXT NOT NULL,
    papers bigint NOT NULL,
    report_json TEXT NOT NULL,
    counted_at timestamptz NOT NULL,
    counted_by TEXT NOT NULL,
    UNIQUE (local_party_code, conference_year)
);

CREATE TABLE elected_delegates (
    election_id bigint NOT NULL REFERENCES delegate_elections (id),
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    membership_number TEXT NOT NULL,
    is_woman boolean NOT NULL,
    is_young boolean NOT NULL,
    place TEXT NOT NULL,
    PRIMARY KEY (election_id, position)
);
