using System.Diagnostics.CodeAnalysis;
using Omov.Counting;

namespace Omov.Elections.Delegates;

/// <summary>A delegate election's count, or the problems that stopped it.</summary>
public sealed record DelegateCountOutcome
{
    private DelegateCountOutcome(CountResult? count, IReadOnlyList<DelegateCredential> elected, IReadOnlyList<string> problems)
    {
        Count = count;
        Elected = elected;
        Problems = problems;
    }

    /// <summary>The full count, stage by stage.</summary>
    public CountResult? Count { get; }

    /// <summary>The delegates elected, each with the place they fill.</summary>
    public IReadOnlyList<DelegateCredential> Elected { get; }

    /// <summary>Why the count could not run, or why its result cannot stand (empty on success).</summary>
    public IReadOnlyList<string> Problems { get; }

    /// <summary>Whether the count ran and its result fills every place.</summary>
    [MemberNotNullWhen(true, nameof(Count))]
    public bool Success => Count is not null && Problems.Count == 0;

    internal static DelegateCountOutcome Ok(CountResult count, IReadOnlyList<DelegateCredential> elected) => new(count, elected, []);

    internal static DelegateCountOutcome Failed(IReadOnlyList<string> problems, CountResult? count = null) => new(count, [], problems);
}
