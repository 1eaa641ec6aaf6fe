using Omov.Data;
using Omov.Elections.Audit;
using Omov.Elections.Staff;

namespace Omov.Web.Auditing;

/// <summary>
/// Writes the audit entries of staff actions on the web. The actor is <c>staff:</c> and the
/// username; entries carry ids, counts and at most a membership number, never other personal data.
/// </summary>
internal sealed class WebAudit(OmovDatabase database)
{
    /// <summary>The actor name for <paramref name="account"/>.</summary>
    public static string Actor(StaffAccount account) => AuditActors.Staff(account);

    /// <summary>Appends one entry by <paramref name="account"/>.</summary>
    public Task RecordAsync(StaffAccount account, string action, string subject, IReadOnlyDictionary<string, string>? details, CancellationToken cancellationToken) =>
        database.AuditLog.AppendAsync(Actor(account), action, subject, details, cancellationToken);

    /// <summary>Appends one entry by someone not (yet) signed in.</summary>
    public Task RecordAnonymousAsync(string action, string subject, IReadOnlyDictionary<string, string>? details, CancellationToken cancellationToken) =>
        database.AuditLog.AppendAsync("web:anonymous", action, subject, details, cancellationToken);
}
