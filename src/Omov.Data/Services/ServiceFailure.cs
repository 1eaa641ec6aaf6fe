namespace Omov.Data.Services;

/// <summary>Why a service refused a request; every kind is the user's to fix (the CLI exits 2, a page shows the message).</summary>
public enum ServiceFailure
{
    /// <summary>The request itself is malformed (a bad code, an invalid rulebook).</summary>
    Invalid,

    /// <summary>What it names does not exist.</summary>
    NotFound,

    /// <summary>The account may not do this.</summary>
    Refused,

    /// <summary>The state does not allow it (already approved, a digest that no longer matches).</summary>
    Conflict,
}
