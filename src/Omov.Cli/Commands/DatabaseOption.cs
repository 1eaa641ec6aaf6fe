using System.CommandLine;
using System.Data.Common;
using Omov.Data;

namespace Omov.Cli.Commands;

/// <summary>The <c>--db</c> option every register command takes, and opening what it names.</summary>
internal static class DatabaseOption
{
    public const string Default = "omov.db";

    public static Option<string> Create() => new("--db")
    {
        Description = $"The database: a SQLite file (created if missing; default {Default} in the current folder) or a PostgreSQL connection string (\"Host=...;Database=...;Username=...\").",
        HelpName = "CONN",
        DefaultValueFactory = _ => Default,
    };

    /// <summary>Opens and migrates the database, or says in one line why it cannot.</summary>
    public static OmovDatabase? Open(CliContext context, string connection)
    {
        try
        {
            return OmovDatabase.OpenAsync(connection).GetAwaiter().GetResult();
        }
        catch (Exception ex) when (ex is DbException or ArgumentException or InvalidOperationException or IOException or TimeoutException)
        {
            // Connection strings may hold a password: name the engine, not the string.
            var engine = OmovDatabase.EngineOf(connection) == DatabaseEngine.Postgres ? "PostgreSQL database" : $"SQLite database {connection}";
            context.Fail($"cannot open the {engine}: {ex.Message.ReplaceLineEndings(" ")}");
            return null;
        }
    }
}
