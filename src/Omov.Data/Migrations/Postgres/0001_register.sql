-- The register: organisation units, members and a record of imports (PostgreSQL).
-- Sections are four nullable declaration instants, one column per section, so "declared women
-- by a cut-off" is a plain indexed comparison and a member is one row (the bulk path stays one COPY).
CREATE TABLE organisation_units (
    code text NOT NULL PRIMARY KEY,
    name text NOT NULL,
    kind text NOT NULL,
    parent_code text NULL
);

CREATE TABLE members (
    membership_number text NOT NULL PRIMARY KEY,
    first_name text NOT NULL,
    last_name text NOT NULL,
    email text NULL,
    address_line1 text NULL,
    address_line2 text NULL,
    address_line3 text NULL,
    address_town text NULL,
    address_postcode text NULL,
    date_of_birth date NULL,
    joined_at timestamptz NOT NULL,
    continuous_since date NOT NULL,
    paid_up_to date NULL,
    status text NOT NULL,
    local_party_code text NOT NULL,
    branch_code text NULL,
    women_declared_at timestamptz NULL,
    bame_declared_at timestamptz NULL,
    disabled_declared_at timestamptz NULL,
    lgbt_plus_declared_at timestamptz NULL,
    is_councillor boolean NOT NULL,
    affiliate_code text NULL
);

CREATE INDEX ix_members_local_party ON members (local_party_code);
CREATE INDEX ix_members_last_name ON members (lower(last_name));
CREATE INDEX ix_members_postcode ON members (lower(address_postcode));

CREATE TABLE import_runs (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind text NOT NULL,
    source text NOT NULL,
    started_at timestamptz NOT NULL,
    finished_at timestamptz NOT NULL,
    rows_read bigint NOT NULL,
    rows_written bigint NOT NULL,
    problems bigint NOT NULL,
    outcome text NOT NULL
);
