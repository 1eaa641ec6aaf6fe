namespace Omov.Data.Register;

/// <summary>What a register CSV file holds.</summary>
public enum RegisterFileKind
{
    /// <summary>Members (<see cref="MemberCsvFormat"/>).</summary>
    Members,

    /// <summary>Organisation units (<see cref="UnitImporter.Fields"/>).</summary>
    Units,
}
