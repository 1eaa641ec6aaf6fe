using System.Data.Common;
using Omov.Data;

namespace Omov.Cli.Commands;

/// <summary>
/// Writes the audit entries of admin commands. The actor is <c>cli:</c> and the operating-system
/// user running <c>omov</c>. Entries carry counts, file names, ids and at most a membership
/// number: never any other personal data.
/// </summary>
internal static class CliAudit
{
    /// <summary>The actor for entries written by this run of the CLI.</summary>
    public static string Actor => "cli:" + Environment.UserName;

    /// <summary>Appends one entry; false (with one line on stderr) when it could not be written.</summary>
    public static bool Record(CliContext context, OmovDatabase database, string action, string subject, IReadOnlyDictionary<string, string>? details = null)
    {
        try
        {
            database.AuditLog.AppendAsync(Actor, action, subject, details).GetAwaiter().GetResult();
            return true;
        }
        catch (Exception ex) when (ex is DbException or InvalidOperationException or TimeoutException)
        {
            context.Fail($"could not write the audit log entry '{action}': {ex.Message.ReplaceLineEndings(" ")}");
            return false;
        }
    }
}
