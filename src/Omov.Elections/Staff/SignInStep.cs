namespace Omov.Elections.Staff;

/// <summary>
/// The result of one step of <see cref="StaffSignIn"/>: the outcome, what to tell the person, the
/// state to store (the account, when it changed, and the failed-attempt record), and the audit
/// entry to append (action and details; never the password or code).
/// </summary>
public sealed record SignInStep
{
    /// <summary>Where the sign-in stands.</summary>
    public required SignInOutcome Outcome { get; init; }

    /// <summary>What to tell the person, when refused or locked out.</summary>
    public string? Message { get; init; }

    /// <summary>The account to store, when this step changed it (a rehashed password, the last TOTP step, the last sign-in, a used recovery code); null when unchanged or unknown.</summary>
    public StaffAccount? UpdatedAccount { get; init; }

    /// <summary>The failed-attempt record to store for the account (unchanged when there is no account).</summary>
    public required SignInAttempts Attempts { get; init; }

    /// <summary>The audit action to append (see <see cref="Audit.AuditActions"/>).</summary>
    public required string AuditAction { get; init; }

    /// <summary>The audit details to append with it.</summary>
    public IReadOnlyDictionary<string, string> AuditDetails { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);
}
