namespace Omov.Counting;

/// <summary>What happened to reach a stage of the count.</summary>
public enum StageAction
{
    /// <summary>First preferences counted (the first stage of every method).</summary>
    FirstPreferences,

    /// <summary>A surplus (or, in Meek, all surpluses) transferred.</summary>
    Surplus,

    /// <summary>One or more candidates excluded and their papers transferred.</summary>
    Exclusion,

    /// <summary>Candidates declared elected or excluded without a transfer (the count's end, or a constraint).</summary>
    Declaration,

    /// <summary>An elected candidate replaced to meet a group constraint (FPTP and block only).</summary>
    Substitution,
}
