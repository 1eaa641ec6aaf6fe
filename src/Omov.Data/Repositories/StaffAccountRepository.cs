using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Omov.Data.Engines;
using Omov.Data.Secrets;
using Omov.Elections.Staff;

namespace Omov.Data.Repositories;

/// <summary>
/// Staff accounts. Usernames are unique. The TOTP secret is stored encrypted by
/// <see cref="SecretProtector"/> (its key lives outside the database); the password only ever as
/// its hash.
/// </summary>
public sealed class StaffAccountRepository
{
    private const string Columns = "id, username, display_name, email, roles, local_party_code, password_hash, totp_secret, totp_last_used_step, recovery_code_hashes, enabled, created_at, last_sign_in_at";

    private readonly Dialect _dialect;
    private readonly Lazy<SecretProtector> _secrets;

    internal StaffAccountRepository(Dialect dialect, Lazy<SecretProtector> secrets)
    {
        _dialect = dialect;
        _secrets = secrets;
    }

    /// <summary>Adds <paramref name="account"/>; false when its username (or id) is already taken.</summary>
    public async Task<bool> AddAsync(StaffAccount account, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(account);
        await using var connection = _dialect.CreateConnection();
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var insert = Dialect.Command(connection, null, $"INSERT INTO staff_accounts ({Columns}) VALUES "
            + "(@id, @username, @display_name, @email, @roles, @local_party_code, @password_hash, @totp_secret, @totp_last_used_step, @recovery_code_hashes, @enabled, @created_at, @last_sign_in_at)");
        Bind(insert, account);
        try
        {
            await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (DbException ex) when (_dialect.IsUniqueViolation(ex))
        {
            return false;
        }
    }

    /// <summary>Replaces the stored account with the same id; false when there is none (or the new username is taken).</summary>
    public async Task<bool> UpdateAsync(StaffAccount account, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(account);
        await using var connection = _dialect.CreateConnection();
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var update = Dialect.Command(connection, null, "UPDATE staff_accounts SET username = @username, display_name = @display_name, email = @email, "
            + "roles = @roles, local_party_code = @local_party_code, password_hash = @password_hash, totp_secret = @totp_secret, "
            + "totp_last_used_step = @totp_last_used_step, recovery_code_hashes = @recovery_code_hashes, enabled = @enabled, "
            + "created_at = @created_at, last_sign_in_at = @last_sign_in_at WHERE id = @id");
        Bind(update, account);
        try
        {
            return await update.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
        }
        catch (DbException ex) when (_dialect.IsUniqueViolation(ex))
        {
            return false;
        }
    }

    /// <summary>The account with <paramref name="username"/>, or null.</summary>
    public Task<StaffAccount?> GetAsync(string username, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(username);
        return GetWhereAsync("username = @value", username, cancellationToken);
    }

    /// <summary>The account with <paramref name="id"/>, or null.</summary>
    public Task<StaffAccount?> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        GetWhereAsync("id = @value", id.ToString("D"), cancellationToken);

    /// <summary>The recent failed sign-ins of the account with <paramref name="id"/> (none when there is no such account).</summary>
    public async Task<SignInAttempts> GetAttemptsAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var connection = _dialect.CreateConnection();
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var select = Dialect.Command(connection, null, "SELECT sign_in_attempts FROM staff_accounts WHERE id = @id");
        Dialect.Add(select, "@id", id.ToString("D"));
        return await select.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is string json
            ? JsonSerializer.Deserialize<StoredAttempts>(json)?.ToAttempts() ?? SignInAttempts.None
            : SignInAttempts.None;
    }

    /// <summary>Stores the failed sign-ins of the account with <paramref name="id"/>.</summary>
    public async Task SaveAttemptsAsync(Guid id, SignInAttempts attempts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(attempts);
        await using var connection = _dialect.CreateConnection();
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var update = Dialect.Command(connection, null, "UPDATE staff_accounts SET sign_in_attempts = @attempts WHERE id = @id");
        Dialect.Add(update, "@id", id.ToString("D"));
        Dialect.Add(update, "@attempts", attempts.Failures.Count == 0 && attempts.LockedUntil is null ? null : JsonSerializer.Serialize(StoredAttempts.From(attempts)));
        await update.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Every account, by username.</summary>
    public async Task<IReadOnlyList<StaffAccount>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = _dialect.CreateConnection();
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var select = Dialect.Command(connection, null, $"SELECT {Columns} FROM staff_accounts ORDER BY username");
        await using var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var accounts = new List<StaffAccount>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            accounts.Add(ReadAccount(reader));
        }

        return accounts;
    }

    /// <summary>How many accounts there are.</summary>
    public async Task<long> CountAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = _dialect.CreateConnection();
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var count = Dialect.Command(connection, null, "SELECT COUNT(*) FROM staff_accounts");
        return Convert.ToInt64(await count.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
    }

    private async Task<StaffAccount?> GetWhereAsync(string condition, string value, CancellationToken cancellationToken)
    {
        await using var connection = _dialect.CreateConnection();
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var select = Dialect.Command(connection, null, $"SELECT {Columns} FROM staff_accounts WHERE {condition}");
        Dialect.Add(select, "@value", value);
        await using var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        return ReadAccount(reader);
    }

    private StaffAccount ReadAccount(DbDataReader reader) => new()
    {
        Id = Guid.ParseExact(reader.GetString(0), "D"),
        Username = reader.GetString(1),
        DisplayName = reader.GetString(2),
        Email = reader.GetString(3),
        Roles = [.. reader.GetString(4).Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Enum.Parse<StaffRole>)],
        LocalPartyCode = reader.IsDBNull(5) ? null : reader.GetString(5),
        PasswordHash = reader.GetString(6),
        TotpSecret = reader.IsDBNull(7) ? null : _secrets.Value.Unprotect(reader.GetString(7), TotpPurpose(reader.GetString(0))),
        TotpLastUsedStep = reader.IsDBNull(8) ? null : reader.GetInt64(8),
        RecoveryCodeHashes = JsonSerializer.Deserialize<List<string>>(reader.GetString(9)) ?? [],
        Enabled = reader.GetBoolean(10),
        CreatedAt = _dialect.ReadInstant(reader, 11),
        LastSignInAt = reader.IsDBNull(12) ? null : _dialect.ReadInstant(reader, 12),
    };

    // Bound to the account, so a protected secret copied onto another account does not open.
    private static string TotpPurpose(string accountId) => "staff-totp:" + accountId;

    private void Bind(DbCommand command, StaffAccount account)
    {
        Dialect.Add(command, "@id", account.Id.ToString("D"));
        Dialect.Add(command, "@username", account.Username);
        Dialect.Add(command, "@display_name", account.DisplayName);
        Dialect.Add(command, "@email", account.Email);
        Dialect.Add(command, "@roles", string.Join(',', account.Roles));
        Dialect.Add(command, "@local_party_code", account.LocalPartyCode);
        Dialect.Add(command, "@password_hash", account.PasswordHash);
        Dialect.Add(command, "@totp_secret", account.TotpSecret is null ? null : _secrets.Value.Protect(account.TotpSecret, TotpPurpose(account.Id.ToString("D"))));
        Dialect.Add(command, "@totp_last_used_step", account.TotpLastUsedStep);
        Dialect.Add(command, "@recovery_code_hashes", JsonSerializer.Serialize(account.RecoveryCodeHashes));
        Dialect.Add(command, "@enabled", account.Enabled);
        Dialect.Add(command, "@created_at", _dialect.Instant(account.CreatedAt));
        Dialect.Add(command, "@last_sign_in_at", _dialect.Instant(account.LastSignInAt));
    }

    // Instants as round-trip text, so the JSON is the same on both engines.
    private sealed record StoredAttempts(IReadOnlyList<string> Failures, string? LockedUntil)
    {
        public static StoredAttempts From(SignInAttempts attempts) =>
            new([.. attempts.Failures.Select(f => f.ToString("O", CultureInfo.InvariantCulture))], attempts.LockedUntil?.ToString("O", CultureInfo.InvariantCulture));

        public SignInAttempts ToAttempts() => new()
        {
            Failures = [.. Failures.Select(f => DateTimeOffset.Parse(f, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind))],
            LockedUntil = LockedUntil is null ? null : DateTimeOffset.Parse(LockedUntil, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
        };
    }
}
