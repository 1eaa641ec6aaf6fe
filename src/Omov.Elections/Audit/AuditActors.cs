namespace Omov.Elections.Audit;

/// <summary>Actors that are not staff usernames.</summary>
public static class AuditActors
{
    /// <summary>Omov itself (scheduled jobs, start-up, imports run from the command line).</summary>
    public const string System = "system";

    /// <summary>The actor for a member of staff: <c>staff:</c> and their username, wherever they act from.</summary>
    public static string Staff(Omov.Elections.Staff.StaffAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        return "staff:" + account.Username;
    }
}
