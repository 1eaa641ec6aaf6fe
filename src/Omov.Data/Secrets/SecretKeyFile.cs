using System.Security.Cryptography;

namespace Omov.Data.Secrets;

/// <summary>
/// Where the key of <see cref="SecretProtector"/> lives: a file of its own, never in the database.
/// <c>OMOV_SECRET_KEY_FILE</c> names it; otherwise it sits beside a SQLite database
/// (<c>omov.db.secret-key</c>) or, for PostgreSQL, in the current folder (<c>omov.secret-key</c>).
/// It is created (owner-only) the first time a secret is protected. Servers sharing one database
/// must share the file; losing it means staff re-enrol their authenticator apps.
/// </summary>
public static class SecretKeyFile
{
    /// <summary>The environment variable that names the key file.</summary>
    public const string EnvironmentVariable = "OMOV_SECRET_KEY_FILE";

    private const string Header = "omov-secret-key-v1 ";

    /// <summary>The key file for the database <paramref name="connection"/> names.</summary>
    public static string DefaultPath(string connection, DatabaseEngine engine)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } configured)
        {
            return configured;
        }

        if (engine == DatabaseEngine.Postgres)
        {
            return Path.GetFullPath("omov.secret-key");
        }

        var file = connection;
        const string source = "Data Source=";
        var at = connection.IndexOf(source, StringComparison.OrdinalIgnoreCase);
        if (at >= 0)
        {
            file = connection[(at + source.Length)..].Split(';')[0].Trim();
        }

        return Path.GetFullPath(file + ".secret-key");
    }

    /// <summary>Loads the key at <paramref name="path"/>, creating it when missing.</summary>
    public static SecretProtector LoadOrCreate(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
        {
            var fresh = RandomNumberGenerator.GetBytes(32);
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }

            try
            {
                using var writer = new StreamWriter(path, options);
                writer.WriteLine(Header + Convert.ToBase64String(fresh));
            }
            catch (IOException) when (File.Exists(path))
            {
                // Another process created it first; use theirs.
            }
        }

        var line = File.ReadAllText(path).Trim();
        if (!line.StartsWith(Header, StringComparison.Ordinal))
        {
            throw new InvalidDataException($"{path} is not an Omov secret key file (it should start '{Header.Trim()}').");
        }

        try
        {
            return new SecretProtector(Convert.FromBase64String(line[Header.Length..]));
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException)
        {
            throw new InvalidDataException($"{path} holds a damaged secret key (it must be 32 bytes in base64).", ex);
        }
    }
}
