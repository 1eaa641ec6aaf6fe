using Omov.Counting.Ballots;

namespace Omov.Counting.Methods;

/// <summary>A way of counting ballots into a result.</summary>
public interface ICountingMethod
{
    /// <summary>The CLI name, e.g. <c>scottish-stv</c>.</summary>
    string Name { get; }

    /// <summary>One line for help text.</summary>
    string Description { get; }

    /// <summary>Decimal places the method counts in (0 for whole votes).</summary>
    int Decimals { get; }

    /// <summary>Whether ballots may rank candidates equal (BLT <c>=</c>).</summary>
    bool SupportsEqualRankings { get; }

    /// <summary>
    /// Counts the ballots. Call <see cref="CountValidation.Check"/> first: options that fail it
    /// are a programmer error here.
    /// </summary>
    CountResult Count(BallotBox ballots, CountOptions options);
}
