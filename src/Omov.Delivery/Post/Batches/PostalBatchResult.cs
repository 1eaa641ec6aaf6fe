namespace Omov.Delivery.Post.Batches;

/// <summary>Either what was written, or why nothing usable was.</summary>
public sealed record PostalBatchResult
{
    private PostalBatchResult(PostalBatchSummary? summary, IReadOnlyList<PackProblem> problems)
    {
        Summary = summary;
        Problems = problems;
    }

    /// <summary>What was written, when it worked.</summary>
    public PostalBatchSummary? Summary { get; }

    /// <summary>The first bad pack's problems, when it did not.</summary>
    public IReadOnlyList<PackProblem> Problems { get; }

    /// <summary>Whether every pack was written.</summary>
    public bool Succeeded => Summary is not null;

    internal static PostalBatchResult Written(PostalBatchSummary summary) => new(summary, []);

    internal static PostalBatchResult Failed(IReadOnlyList<PackProblem> problems) => new(null, problems);
}
