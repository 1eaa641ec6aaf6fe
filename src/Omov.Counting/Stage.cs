using Omov.Counting.Arithmetic;

namespace Omov.Counting;

/// <summary>
/// One stage of a count, as an official result sheet shows it: what was done, every
/// candidate's total after it, the running non-transferable total, and who was elected or
/// excluded at it. The stages of a count are its log.
/// </summary>
public sealed record Stage
{
    /// <summary>1-based stage number.</summary>
    public required int Number { get; init; }

    /// <summary>What was done to reach this stage.</summary>
    public required StageAction Action { get; init; }

    /// <summary>Whose surplus or papers were transferred (0-based candidate indices).</summary>
    public IReadOnlyList<int> Subjects { get; init; } = [];

    /// <summary>Every candidate's total after the stage, in ballot-paper order.</summary>
    public required IReadOnlyList<Votes> Votes { get; init; }

    /// <summary>The running total of votes that could not be transferred (including fractions lost to rounding where the rules say so).</summary>
    public required Votes NonTransferable { get; init; }

    /// <summary>The quota in force at this stage (null for methods without one).</summary>
    public Votes? Quota { get; init; }

    /// <summary>The transfer value applied at this stage, where there was one.</summary>
    public Votes? TransferValue { get; init; }

    /// <summary>Candidates elected at this stage, in order of election.</summary>
    public IReadOnlyList<int> Elected { get; init; } = [];

    /// <summary>Candidates excluded at this stage, in order of exclusion.</summary>
    public IReadOnlyList<int> Excluded { get; init; } = [];

    /// <summary>Plain-English notes (deferred surpluses, constraint actions, tie-breaks).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>Each candidate's status after the stage.</summary>
    public required IReadOnlyList<CandidateStatus> Statuses { get; init; }
}
