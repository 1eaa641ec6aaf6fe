-- A staff account's recent failed sign-ins and lockout (Omov.Elections.Staff.SignInAttempts), as
-- JSON, so a lockout holds across every web server sharing the database.
ALTER TABLE staff_accounts ADD COLUMN sign_in_attempts TEXT NULL;
