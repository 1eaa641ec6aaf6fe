-- Staff accounts (src/Omov.Elections/Staff/StaffAccount.cs). Roles are a comma-separated list of
-- StaffRole names; recovery code hashes a JSON array. The password is only ever a PBKDF2 hash.
-- totp_secret holds the secret encrypted by SecretProtector (key outside the database).
CREATE TABLE staff_accounts (
    id text NOT NULL PRIMARY KEY,
    username text NOT NULL UNIQUE,
    display_name text NOT NULL,
    email text NOT NULL,
    roles text NOT NULL,
    local_party_code text NULL,
    password_hash text NOT NULL,
    totp_secret text NULL,
    totp_last_used_step bigint NULL,
    recovery_code_hashes text NOT NULL,
    enabled boolean NOT NULL,
    created_at timestamptz NOT NULL,
    last_sign_in_at timestamptz NULL
);
