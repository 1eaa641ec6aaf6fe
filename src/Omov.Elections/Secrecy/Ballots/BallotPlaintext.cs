namespace Omov.Elections.Secrecy.Ballots;

/// <summary>One member's whole ballot: a choice in each contest on it, kept in contest order.</summary>
public sealed class BallotPlaintext : IEquatable<BallotPlaintext>
{
    /// <summary>A ballot of these choices (sorted by contest number; duplicates are left for <see cref="BallotLayout.Check"/> to report).</summary>
    public BallotPlaintext(IEnumerable<ContestChoice> choices)
    {
        ArgumentNullException.ThrowIfNull(choices);
        Choices = [.. choices.OrderBy(c => c.Contest)];
    }

    /// <summary>The choices, by increasing contest number.</summary>
    public IReadOnlyList<ContestChoice> Choices { get; }

    /// <inheritdoc/>
    public bool Equals(BallotPlaintext? other) => other is not null && Choices.SequenceEqual(other.Choices);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as BallotPlaintext);

    /// <inheritdoc/>
    public override int GetHashCode() => Choices.Count;
}
