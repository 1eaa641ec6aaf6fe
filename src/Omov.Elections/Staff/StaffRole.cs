namespace Omov.Elections.Staff;

/// <summary>What a member of staff is there to do (DESIGN.md "Who uses it"). An account may hold several.</summary>
public enum StaffRole
{
    /// <summary>Party staff: imports the register, sets up ballot events and rulebooks, manages staff accounts.</summary>
    Administrator,

    /// <summary>Approves the roll, holds a key share, opens the ballot box, certifies and declares results.</summary>
    ReturningOfficer,

    /// <summary>Holds a key share, opens the ballot box with the others, watches the audit log.</summary>
    Scrutineer,

    /// <summary>An officer of one local party (a CLP secretary, a branch chair): sees and works with that party's members only.</summary>
    LocalOfficer,
}
