namespace Omov.Data.Results;

/// <summary>One contest's stored result.</summary>
public sealed record StoredContestResult
{
    /// <summary>The contest's code in its event.</summary>
    public required string ContestCode { get; init; }

    /// <summary>Its place on the ballot (1-based).</summary>
    public required int Position { get; init; }

    /// <summary>Provisional or declared.</summary>
    public required ResultStatus Status { get; init; }

    /// <summary>The counting method.</summary>
    public required string Method { get; init; }

    /// <summary>Seats filled.</summary>
    public required int Seats { get; init; }

    /// <summary>Voters on the contest's approved roll (0 when no roll was found).</summary>
    public required long Electorate { get; init; }

    /// <summary>Ballots that had this contest on them.</summary>
    public required long BallotsCast { get; init; }

    /// <summary>Left blank in this contest.</summary>
    public required long Blank { get; init; }

    /// <summary>Spoilt in this contest.</summary>
    public required long Spoilt { get; init; }

    /// <summary>The count's JSON report (Omov.Counting's JsonReport), every stage.</summary>
    public required string ReportJson { get; init; }

    /// <summary>When it was counted.</summary>
    public required DateTimeOffset CountedAt { get; init; }

    /// <summary>When it was declared, if it was.</summary>
    public DateTimeOffset? DeclaredAt { get; init; }

    /// <summary>Turnout as a fraction of the electorate, or null when the electorate is unknown.</summary>
    public double? Turnout => Electorate > 0 ? (double)BallotsCast / Electorate : null;
}
