namespace Omov.Counting.Ballots;

/// <summary>
/// How one preference is packed into a <see cref="ushort"/> in a <see cref="BallotBox"/>:
/// the candidate's 0-based index in the low 15 bits, and the top bit set when the
/// voter ranked this candidate equal with the one before (BLT's <c>=</c>).
/// </summary>
public static class Preference
{
    /// <summary>The most candidates a ballot box can hold.</summary>
    public const int MaxCandidates = 0x7FFF;

    /// <summary>The bit that marks "equal with the previous preference".</summary>
    public const ushort EqualFlag = 0x8000;

    /// <summary>The candidate index of a packed preference.</summary>
    public static int Candidate(ushort packed) => packed & MaxCandidates;

    /// <summary>Whether a packed preference is ranked equal with the one before it.</summary>
    public static bool IsEqualToPrevious(ushort packed) => (packed & EqualFlag) != 0;

    /// <summary>Packs a candidate index, optionally marked equal with the previous preference.</summary>
    public static ushort Pack(int candidate, bool equalToPrevious = false)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(candidate);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(candidate, MaxCandidates - 1);
        return (ushort)(candidate | (equalToPrevious ? EqualFlag : 0));
    }
}
