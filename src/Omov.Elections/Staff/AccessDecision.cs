namespace Omov.Elections.Staff;

/// <summary>
/// Whether a member of staff may do something. When allowed but only within one local party,
/// <see cref="LocalPartyScope"/> names it, and a search or listing must be limited to it.
/// </summary>
public sealed record AccessDecision
{
    private AccessDecision(bool allowed, string? reason, string? localPartyScope)
    {
        Allowed = allowed;
        Reason = reason;
        LocalPartyScope = localPartyScope;
    }

    /// <summary>Whether the action may go ahead.</summary>
    public bool Allowed { get; }

    /// <summary>Why not, in words to show the member of staff (and to write in the audit log); null when allowed.</summary>
    public string? Reason { get; }

    /// <summary>The only local party the action may reach, or null for every party.</summary>
    public string? LocalPartyScope { get; }

    internal static AccessDecision Allow(string? localPartyScope = null) => new(true, null, localPartyScope);

    internal static AccessDecision Refuse(string reason) => new(false, reason, null);
}
