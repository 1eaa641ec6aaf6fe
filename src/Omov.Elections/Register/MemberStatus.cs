namespace Omov.Elections.Register;

/// <summary>A member's standing in the register.</summary>
public enum MemberStatus
{
    /// <summary>Joined recently and still in the provisional period.</summary>
    Provisional,

    /// <summary>A full member.</summary>
    Full,

    /// <summary>Membership has lapsed (unpaid beyond the arrears period).</summary>
    Lapsed,

    /// <summary>Expelled or suspended from membership.</summary>
    Expelled,
}
