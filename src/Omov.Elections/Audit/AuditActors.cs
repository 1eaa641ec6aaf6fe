namespace Omov.Elections.Audit;

/// <summary>Actors that are not staff usernames.</summary>
public static class AuditActors
{
    /// <summary>Omov itself (scheduled jobs, start-up, imports run from the command line).</summary>
    public const string System = "system";
}
