namespace Omov.Data.Repositories;

/// <summary>
/// Which parts of a member a lean read loads (<see cref="MemberRepository.StreamLeanAsync"/>).
/// The membership number is always read. Names (but for <see cref="FirstName"/>), the address lines other than the first and the
/// branch are never read: no eligibility rule or roll needs them.
/// </summary>
[Flags]
public enum MemberFields
{
    /// <summary>Only the membership number.</summary>
    None = 0,

    /// <summary>Email, and whether there is a postal address (for the delivery channel).</summary>
    Contact = 1 << 0,

    /// <summary>The four section declarations.</summary>
    Sections = 1 << 1,

    /// <summary>Status.</summary>
    Status = 1 << 2,

    /// <summary>When the member joined.</summary>
    JoinedAt = 1 << 3,

    /// <summary>Start of continuous membership.</summary>
    ContinuousSince = 1 << 4,

    /// <summary>Paid-up-to date.</summary>
    PaidUpTo = 1 << 5,

    /// <summary>Date of birth.</summary>
    DateOfBirth = 1 << 6,

    /// <summary>Local party.</summary>
    LocalParty = 1 << 7,

    /// <summary>Councillor flag.</summary>
    Councillor = 1 << 8,

    /// <summary>Affiliate code.</summary>
    Affiliate = 1 << 9,

    /// <summary>First name, for merging into a message (the last name is still never read).</summary>
    FirstName = 1 << 10,
}
