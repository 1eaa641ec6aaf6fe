using Omov.Delivery.Issuing;

namespace Omov.Delivery.Reissue;

/// <summary>What reissues and reminders need to know about the organisation's web addresses and help.</summary>
public sealed record ReissueSettings
{
    /// <summary>The voting page's absolute address (a code's link is this plus the code).</summary>
    public required Uri VotingPage { get; init; }

    /// <summary>The self-service reissue page's absolute address, put in reminders.</summary>
    public required Uri ReissuePage { get; init; }

    /// <summary>How to get help, in the emails.</summary>
    public string HelpContact { get; init; } = BallotMessages.DefaultHelp;

    /// <summary>Self-service requests allowed per membership number per event in <see cref="RequestWindow"/>; later ones are answered alike but do nothing.</summary>
    public int RequestsPerNumber { get; init; } = 5;

    /// <summary>The period over which <see cref="RequestsPerNumber"/> counts.</summary>
    public TimeSpan RequestWindow { get; init; } = TimeSpan.FromDays(1);
}
