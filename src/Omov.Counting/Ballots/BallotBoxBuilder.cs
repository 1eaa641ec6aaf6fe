using System.Runtime.InteropServices;

namespace Omov.Counting.Ballots;

/// <summary>
/// Collects ballots one at a time and aggregates identical rankings, so that a million
/// ballots cast along a few slates collapse to a few thousand weighted rankings.
/// </summary>
/// <remarks>
/// Rankings live end to end in one growing array and are found again through an
/// open-addressing table of indices keyed by a hash of the packed preferences;
/// a dictionary of arrays would cost an object per distinct ranking.
/// A ranking that names a candidate twice is cut at the repeat (the ERS convention of
/// reading preferences up to the first duplicate); <see cref="TruncatedBallots"/> says how
/// many were.
/// </remarks>
public sealed class BallotBoxBuilder
{
    private readonly int _candidates;
    private readonly List<int> _offsets = [0];
    private readonly List<long> _weights = [];
    private ushort[] _preferences = new ushort[1024];
    private int _preferenceCount;
    private int[] _table = new int[1024];
    private long[] _hashes = new long[512];
    private readonly bool[] _seen;
    private long _emptyBallots;
    private bool _hasEqualRankings;

    /// <summary>A builder for a contest with <paramref name="candidates"/> candidates.</summary>
    public BallotBoxBuilder(int candidates)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(candidates);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(candidates, Preference.MaxCandidates);
        _candidates = candidates;
        _seen = new bool[candidates];
        Array.Fill(_table, -1);
    }

    /// <summary>Ballots whose ranking repeated a candidate and was cut at the repeat.</summary>
    public long TruncatedBallots { get; private set; }

    /// <summary>Distinct rankings so far.</summary>
    public int RankingCount => _weights.Count;

    /// <summary>Adds <paramref name="weight"/> ballots with the given packed ranking.</summary>
    public void Add(ReadOnlySpan<ushort> ranking, long weight)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(weight);
        var length = ValidLength(ranking);
        if (length < ranking.Length)
        {
            TruncatedBallots += weight;
        }

        ranking = ranking[..length];
        if (ranking.IsEmpty)
        {
            _emptyBallots = checked(_emptyBallots + weight);
            return;
        }

        var hash = HashOf(ranking);
        var mask = _table.Length - 1;
        var slot = (int)(hash & mask);
        while (true)
        {
            var existing = _table[slot];
            if (existing < 0)
            {
                break;
            }

            if (_hashes[existing] == hash && Stored(existing).SequenceEqual(ranking))
            {
                _weights[existing] = checked(_weights[existing] + weight);
                return;
            }

            slot = (slot + 1) & mask;
        }

        var index = _weights.Count;
        _table[slot] = index;
        Append(ranking, weight, hash);
        if ((long)_weights.Count * 2 > _table.Length)
        {
            Rehash();
        }
    }

    /// <summary>Adds one ballot ranking the 0-based candidate indices in order.</summary>
    public void Add(ReadOnlySpan<int> candidates, long weight = 1)
    {
        Span<ushort> packed = candidates.Length <= 256 ? stackalloc ushort[candidates.Length] : new ushort[candidates.Length];
        for (var i = 0; i < candidates.Length; i++)
        {
            packed[i] = Preference.Pack(candidates[i]);
        }

        Add((ReadOnlySpan<ushort>)packed, weight);
    }

    /// <summary>Adds ballots that ranked nobody (counted as invalid).</summary>
    public void AddEmpty(long weight)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(weight);
        _emptyBallots = checked(_emptyBallots + weight);
    }

    /// <summary>The finished ballot box.</summary>
    public BallotBox Build(string title, int seats, IReadOnlyList<string> candidateNames, IReadOnlyList<int>? withdrawn = null)
    {
        ArgumentNullException.ThrowIfNull(candidateNames);
        if (candidateNames.Count != _candidates)
        {
            throw new ArgumentException($"Expected {_candidates} candidate names, got {candidateNames.Count}.", nameof(candidateNames));
        }

        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(seats);
        return new BallotBox(
            title,
            seats,
            candidateNames.ToArray(),
            (withdrawn ?? []).Distinct().Order().ToArray(),
            [.. _offsets],
            _preferences.AsSpan(0, _preferenceCount).ToArray(),
            [.. _weights],
            _emptyBallots,
            _hasEqualRankings);
    }

    private int ValidLength(ReadOnlySpan<ushort> ranking)
    {
        var length = ranking.Length;
        for (var i = 0; i < ranking.Length; i++)
        {
            var candidate = Preference.Candidate(ranking[i]);
            if (candidate >= _candidates)
            {
                throw new ArgumentOutOfRangeException(nameof(ranking), $"Candidate index {candidate} is beyond the {_candidates} candidates.");
            }

            if (_seen[candidate])
            {
                length = i;
                break;
            }

            _seen[candidate] = true;
            if (i > 0 && Preference.IsEqualToPrevious(ranking[i]))
            {
                _hasEqualRankings = true;
            }
        }

        for (var i = 0; i < length; i++)
        {
            _seen[Preference.Candidate(ranking[i])] = false;
        }

        for (var i = length; i < ranking.Length; i++)
        {
            var candidate = Preference.Candidate(ranking[i]);
            if (candidate < _candidates)
            {
                _seen[candidate] = false;
            }
        }

        // A first preference cannot be "equal to the previous" one; drop a stray flag.
        return length;
    }

    private static long HashOf(ReadOnlySpan<ushort> ranking)
    {
        var hash = default(HashCode);
        hash.AddBytes(MemoryMarshal.AsBytes(ranking));
        return hash.ToHashCode();
    }

    private ReadOnlySpan<ushort> Stored(int index) =>
        _preferences.AsSpan(_offsets[index], _offsets[index + 1] - _offsets[index]);

    private void Append(ReadOnlySpan<ushort> ranking, long weight, long hash)
    {
        if (_preferenceCount + ranking.Length > _preferences.Length)
        {
            Array.Resize(ref _preferences, Math.Max(_preferences.Length * 2, _preferenceCount + ranking.Length));
        }

        ranking.CopyTo(_preferences.AsSpan(_preferenceCount));
        if (Preference.IsEqualToPrevious(_preferences[_preferenceCount]))
        {
            _preferences[_preferenceCount] &= Preference.MaxCandidates;
        }

        _preferenceCount += ranking.Length;
        _offsets.Add(_preferenceCount);
        _weights.Add(weight);
        if (_weights.Count > _hashes.Length)
        {
            Array.Resize(ref _hashes, _hashes.Length * 2);
        }

        _hashes[_weights.Count - 1] = hash;
    }

    private void Rehash()
    {
        _table = new int[_table.Length * 2];
        Array.Fill(_table, -1);
        var mask = _table.Length - 1;
        for (var i = 0; i < _weights.Count; i++)
        {
            var slot = (int)(_hashes[i] & mask);
            while (_table[slot] >= 0)
            {
                slot = (slot + 1) & mask;
            }

            _table[slot] = i;
        }
    }
}
