-- Staff accounts (src/Omov.Elections/Staff/StaffAccount.cs). Roles are a comma-separated list of
-- StaffRole names; recovery code hashes a JSON array. The password is only ever a PBKDF2 hash.
-- totp_secret holds the secret encrypted by SecretProtector (key outside the database).
CREATE TABLE staff_accounts (
    id TEXT NOT NULL PRIMARY KEY,
    username TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    email TEXT NOT NULL,
    roles TEXT NOT NULL,
    local_party_code TEXT NULL,
    password_hash TEXT NOT NULL,
    totp_secret TEXT NULL,
    totp_last_used_step INTEGER NULL,
    recovery_code_hashes TEXT NOT NULL,
    enabled INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    last_sign_in_at TEXT NULL
);
