namespace Omov.Counting.Methods.Ers97;

/// <summary>
/// Papers credited to one candidate at one value by one transfer (a "batch", ERS97 6.1), held as
/// indices of the ballot box's aggregated rankings. All ballots of one ranking travel together
/// through an ERS97 count (the same next preference, the same value), so an index stands for
/// <c>Weight(index)</c> papers.
/// </summary>
internal sealed class Ers97Parcel(int holder, long value, int[] rankings, long papers)
{
    /// <summary>The candidate the papers are credited to.</summary>
    public int Holder { get; } = holder;

    /// <summary>The value of each paper, in <see cref="Arithmetic.Votes"/> units (a multiple of 0.01).</summary>
    public long Value { get; } = value;

    /// <summary>The rankings in the parcel.</summary>
    public int[] Rankings { get; } = rankings;

    /// <summary>How many papers the rankings stand for.</summary>
    public long Papers { get; } = papers;

    /// <summary>The parcel's total value in units.</summary>
    public long Total => checked(Papers * Value);
}
