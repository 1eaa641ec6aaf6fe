namespace Omov.Delivery.Issuing;

/// <summary>How an issue run sends what it issues.</summary>
public sealed record IssueOptions
{
    /// <summary>The voting page's absolute address; links are <c>{page}/{code}</c>.</summary>
    public required Uri VotingPage { get; init; }

    /// <summary>
    /// Where postal packs are written (print PDFs sorted by postcode and the mailing-house CSV).
    /// Null: members whose ballot goes by post are left for a later run that gives a folder.
    /// </summary>
    public string? PostFolder { get; init; }

    /// <summary>How to get help, in the email and the pack.</summary>
    public string HelpContact { get; init; } = BallotMessages.DefaultHelp;

    /// <summary>Where completed postal papers go, printed in the pack.</summary>
    public IReadOnlyList<string> ReturnAddressLines { get; init; } = ["Returning Officer", "FREEPOST OMOV BALLOT"];

    /// <summary>Members per transaction: each batch commits its codes and emails together.</summary>
    public int BatchSize { get; init; } = 5000;

    /// <summary>Packs per print file.</summary>
    public int PacksPerFile { get; init; } = 1000;
}
