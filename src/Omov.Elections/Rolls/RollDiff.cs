namespace Omov.Elections.Rolls;

/// <summary>What changed between two rolls (e.g. a re-freeze after a register correction).</summary>
/// <param name="Added">Numbers on the later roll only, in ordinal order.</param>
/// <param name="Removed">Numbers on the earlier roll only, in ordinal order.</param>
/// <param name="ChannelChanged">Numbers on both whose channel differs, in ordinal order.</param>
public sealed record RollDiff(IReadOnlyList<string> Added, IReadOnlyList<string> Removed, IReadOnlyList<RollChannelChange> ChannelChanged)
{
    /// <summary>Whether the rolls list the same voters with the same channels.</summary>
    public bool IsEmpty => Added.Count == 0 && Removed.Count == 0 && ChannelChanged.Count == 0;

    /// <summary>Compares two rolls by walking both sorted lists once.</summary>
    public static RollDiff Between(Roll before, Roll after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        IReadOnlyList<RollEntry> a = before.Entries;
        IReadOnlyList<RollEntry> b = after.Entries;
        var added = new List<string>();
        var removed = new List<string>();
        var changed = new List<RollChannelChange>();
        int i = 0;
        int j = 0;
        while (i < a.Count || j < b.Count)
        {
            int order = i == a.Count ? 1 : j == b.Count ? -1 : string.CompareOrdinal(a[i].MembershipNumber, b[j].MembershipNumber);
            if (order < 0)
            {
                removed.Add(a[i++].MembershipNumber);
            }
            else if (order > 0)
            {
                added.Add(b[j++].MembershipNumber);
            }
            else
            {
                if (a[i].Channel != b[j].Channel)
                {
                    changed.Add(new RollChannelChange(a[i].MembershipNumber, a[i].Channel, b[j].Channel));
                }

                i++;
                j++;
            }
        }

        return new RollDiff(added, removed, changed);
    }
}
