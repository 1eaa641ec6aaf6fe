using Omov.Elections.Audit;
using Omov.Elections.Staff;

namespace Omov.Data.Services;

/// <summary>The permission check the ceremony, opening and declaration services share: refuse, and audit the refusal.</summary>
internal static class ServiceChecks
{
    /// <summary>Null when <paramref name="account"/> may do <paramref name="permission"/>; otherwise the reason, audited as <c>access.refused</c>.</summary>
    public static async Task<string?> RefusedAsync(OmovDatabase database, StaffAccount account, StaffPermission permission, string attempted, string subject, CancellationToken cancellationToken)
    {
        var access = StaffPermissions.Check(account, permission);
        if (access.Allowed)
        {
            return null;
        }

        await database.AuditLog.AppendAsync(AuditActors.Staff(account), AuditActions.AccessRefused, subject, new Dictionary<string, string>
        {
            ["attempted"] = attempted,
            ["reason"] = access.Reason!,
        }, cancellationToken).ConfigureAwait(false);
        return access.Reason!;
    }
}
