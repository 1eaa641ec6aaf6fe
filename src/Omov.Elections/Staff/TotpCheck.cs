namespace Omov.Elections.Staff;

/// <summary>
/// The outcome of <see cref="TotpAuthenticator.Verify"/>. When accepted, the caller stores
/// <see cref="Step"/> as the account's <see cref="StaffAccount.TotpLastUsedStep"/> before
/// treating the sign-in as done, so the same code cannot be used again.
/// </summary>
public sealed record TotpCheck
{
    /// <summary>Whether the code is accepted.</summary>
    public required bool Accepted { get; init; }

    /// <summary>The time step the code matched (Unix time / 30 s), when it matched one.</summary>
    public long? Step { get; init; }

    /// <summary>Why it was refused, when it was.</summary>
    public TotpFailure? Failure { get; init; }

    /// <summary>A message for the person signing in, when refused.</summary>
    public string? Message { get; init; }
}
