namespace Omov.Elections.Register;

/// <summary>
/// One person in the register. Moments (joining, declaring a section) are UTC instants, because
/// rules cut them off at a local time ("joined by 17:00 on 20 Jan"); calendar facts (birth,
/// paid-up-to) are dates in the organisation's time zone.
/// </summary>
public sealed record Member
{
    /// <summary>The membership number: the register's key, unique and stable.</summary>
    public required string MembershipNumber { get; init; }

    /// <summary>Given name(s).</summary>
    public required string FirstName { get; init; }

    /// <summary>Family name.</summary>
    public required string LastName { get; init; }

    /// <summary>Email address, if any. Several members (a household) may share one.</summary>
    public string? Email { get; init; }

    /// <summary>Postal address, if any.</summary>
    public PostalAddress? Address { get; init; }

    /// <summary>Date of birth, if known (needed for age rules such as "under 27 on a date").</summary>
    public DateOnly? DateOfBirth { get; init; }

    /// <summary>When the member first joined (UTC).</summary>
    public required DateTimeOffset JoinedAt { get; init; }

    /// <summary>When the present unbroken membership began (later than <see cref="JoinedAt"/> after a lapse and rejoin).</summary>
    public required DateOnly ContinuousSince { get; init; }

    /// <summary>The date up to which subscriptions are paid, if any.</summary>
    public DateOnly? PaidUpTo { get; init; }

    /// <summary>The member's standing.</summary>
    public required MemberStatus Status { get; init; }

    /// <summary>Code of the member's local party (<see cref="OrganisationUnitKind.LocalParty"/>).</summary>
    public required string LocalPartyCode { get; init; }

    /// <summary>Code of the member's branch or ward, if known.</summary>
    public string? BranchCode { get; init; }

    /// <summary>Sections the member has self-identified with, each with its date.</summary>
    public IReadOnlyList<SectionDeclaration> Sections { get; init; } = [];

    /// <summary>Whether the member is a serving councillor (or mayor, or PCC).</summary>
    public bool IsCouncillor { get; init; }

    /// <summary>For an affiliated supporter: the code of their affiliate; null for an individual member.</summary>
    public string? AffiliateCode { get; init; }

    /// <summary>Whether this is an affiliated supporter rather than an individual member.</summary>
    public bool IsAffiliatedSupporter => AffiliateCode is not null;
}
