namespace Omov.Counting.Methods.Stv;

/// <summary>
/// The ballot papers one candidate holds in an inclusive Gregory count, as parcels of equal
/// value: the rankings (indices into the ballot box) end to end in one array, and for each
/// parcel where it starts and the value (in units of 10^-9 vote) every paper in it carries.
/// </summary>
/// <remarks>
/// All papers of one ranking are identical, so they travel together for the whole count and a
/// ranking index stands for all of them (its weight says how many). A pile is only appended to
/// until its candidate is elected or excluded, then read once and cleared, so two growing arrays
/// are enough: no per-paper objects and no lists of lists. Parcels of equal value are merged,
/// because the rules treat papers by their value, not by the stage that brought them.
/// </remarks>
internal sealed class GregoryPile
{
    private int[] _rankings = new int[16];
    private int _count;
    private long[] _values = new long[4];
    private int[] _starts = new int[4];
    private int _parcels;

    /// <summary>Parcels held.</summary>
    public int ParcelCount => _parcels;

    /// <summary>Rankings held.</summary>
    public int Count => _count;

    /// <summary>The value each paper of parcel <paramref name="parcel"/> carries.</summary>
    public long ParcelValue(int parcel) => _values[parcel];

    /// <summary>The rankings in parcel <paramref name="parcel"/>.</summary>
    public ReadOnlySpan<int> Parcel(int parcel)
    {
        var start = _starts[parcel];
        var end = parcel + 1 < _parcels ? _starts[parcel + 1] : _count;
        return _rankings.AsSpan(start, end - start);
    }

    /// <summary>Adds one ranking's papers, each worth <paramref name="value"/>.</summary>
    public void Add(int ranking, long value)
    {
        if (_parcels == 0 || _values[_parcels - 1] != value)
        {
            if (_parcels == _values.Length)
            {
                Array.Resize(ref _values, _parcels * 2);
                Array.Resize(ref _starts, _parcels * 2);
            }

            _values[_parcels] = value;
            _starts[_parcels] = _count;
            _parcels++;
        }

        if (_count == _rankings.Length)
        {
            Array.Resize(ref _rankings, Math.Max(16, _count * 2));
        }

        _rankings[_count++] = ranking;
    }

    /// <summary>Reserves room for <paramref name="capacity"/> rankings (the first stage knows how many).</summary>
    public void EnsureCapacity(int capacity)
    {
        if (_rankings.Length < capacity)
        {
            Array.Resize(ref _rankings, capacity);
        }
    }

    /// <summary>Empties the pile once its papers have been transferred.</summary>
    public void Clear()
    {
        _rankings = [];
        _count = 0;
        _parcels = 0;
    }
}
