using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Omov.Data.Engines;
using Omov.Elections.Staff;

namespace Omov.Data.Repositories;

/// <summary>
/// Staff accounts. Usernames are unique. The TOTP secret is stored as given (not yet encrypted at
/// rest: see the migration); the password only ever as its hash.
/// </summary>
public sealed class StaffAccountRepository
{
    private const string Columns = "id, username, display_name, email, roles, local_party_code, password_hash, totp_secret, totp_last_used_step, recovery_code_hashes, enabled, created_at, last_sign_in_at";

    private readonly Dialect _dialect;

    internal StaffAccountRepository(Dialect dialect) => _dialect = dialect;

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

        return new StaffAccount
        {
            Id = Guid.ParseExact(reader.GetString(0), "D"),
            Username = reader.GetString(1),
            DisplayName = reader.GetString(2),
            Email = reader.GetString(3),
            Roles = [.. reader.GetString(4).Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Enum.Parse<StaffRole>)],
            LocalPartyCode = reader.IsDBNull(5) ? null : reader.GetString(5),
            PasswordHash = reader.GetString(6),
            TotpSecret = reader.IsDBNull(7) ? null : reader.GetString(7),
            TotpLastUsedStep = reader.IsDBNull(8) ? null : reader.GetInt64(8),
            RecoveryCodeHashes = JsonSerializer.Deserialize<List<string>>(reader.GetString(9)) ?? [],
            Enabled = reader.GetBoolean(10),
            CreatedAt = _dialect.ReadInstant(reader, 11),
            LastSignInAt = reader.IsDBNull(12) ? null : _dialect.ReadInstant(reader, 12),
        };
    }

    private void Bind(DbCommand command, StaffAccount account)
    {
        Dialect.Add(command, "@id", account.Id.ToString("D"));
        Dialect.Add(command, "@username", account.Username);
        Dialect.Add(command, "@display_name", account.DisplayName);
        Dialect.Add(command, "@email", account.Email);
        Dialect.Add(command, "@roles", string.Join(',', account.Roles));
        Dialect.Add(command, "@local_party_code", account.LocalPartyCode);
        Dialect.Add(command, "@password_hash", account.PasswordHash);
        Dialect.Add(command, "@totp_secret", account.TotpSecret);
        Dialect.Add(command, "@totp_last_used_step", account.TotpLastUsedStep);
        Dialect.Add(command, "@recovery_code_hashes", JsonSerializer.Serialize(account.RecoveryCodeHashes));
        Dialect.Add(command, "@enabled", account.Enabled);
        Dialect.Add(command, "@created_at", _dialect.Instant(account.CreatedAt));
        Dialect.Add(command, "@last_sign_in_at", _dialect.Instant(account.LastSignInAt));
    }
}
