namespace Omov.Data.Rolls;

/// <summary>Where a stored roll stands.</summary>
public enum RollStatus
{
    /// <summary>The contest's latest freeze, awaiting the returning officer's approval.</summary>
    Frozen,

    /// <summary>Approved by the returning officer: final, never changed again.</summary>
    Approved,

    /// <summary>An unapproved roll replaced by a later freeze.</summary>
    Superseded,
}
