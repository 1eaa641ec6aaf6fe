using CsCheck;
using Omov.Elections.Audit;

namespace Omov.Elections.Tests.Audit;

/// <summary>
/// Any single change to a chain — a field of any entry, or deleting, inserting, repeating or
/// swapping entries — is caught, at or before the changed position. The one change a chain cannot
/// show by itself, cutting entries off its end, shows as a different last hash.
/// </summary>
public sealed class AuditTamperingPropertyTests
{
    private const int Kinds = 13;

    [Fact]
    public void Verify_AnySingleTampering_FailsAtOrBeforeTheTamperedEntry()
    {
        Gen.Select(Gen.Int[1, 12], Gen.Int[0, 1_000_000], Gen.Int[0, Kinds - 1], Gen.Int[0, 1000], Gen.Int[1, 1000]).Sample((count, seed, kind, where, amount) =>
        {
            var original = SampleChains.Random(count, seed);
            var published = original[^1].Hash;
            var entries = new List<AuditEntry>(original);
            var k = where % count;
            var tamperedPosition = Tamper(entries, kind, k, amount);

            var result = AuditChain.Verify(entries);

            if (result.IsValid)
            {
                // Only cutting off the end goes unseen by the chain; the published last hash shows it.
                Assert.True(kind == 8 && k == count - 1, $"kind {kind} at {k} of {count} was not detected");
                Assert.NotEqual(published, result.LastHash);
            }
            else
            {
                Assert.True(result.FailedPosition <= tamperedPosition, $"kind {kind} at position {tamperedPosition} detected only at {result.FailedPosition} ({result.Failure})");
            }
        }, iter: 2000);
    }

    /// <summary>Changes <paramref name="entries"/> once; returns the 1-based position of the change.</summary>
    private static long Tamper(List<AuditEntry> entries, int kind, int k, int amount)
    {
        var e = entries[k];
        switch (kind)
        {
            case 0: entries[k] = e with { Sequence = e.Sequence + (amount % 2 == 0 ? amount : -amount) }; break;
            case 1: entries[k] = e with { Timestamp = e.Timestamp.AddTicks(amount % 2 == 0 ? amount : -amount) }; break;
            case 2: entries[k] = e with { Actor = e.Actor + "x" }; break;
            case 3: entries[k] = e with { Action = e.Action[..^1] }; break;
            case 4: entries[k] = e with { Subject = e.Subject + " " }; break;
            case 5: entries[k] = e with { Details = ChangeDetails(e.Details, amount) }; break;
            case 6: entries[k] = e with { PreviousHash = FlipDigit(e.PreviousHash, amount) }; break;
            case 7: entries[k] = e with { Hash = FlipDigit(e.Hash, amount) }; break;
            case 8: entries.RemoveAt(k); break;
            case 9:
                // A copy inserted just before its original is indistinguishable from the original
                // at that position; the repeat is the entry after it.
                entries.Insert(k, entries[amount % entries.Count]);
                return k + 2;
            case 10:
                var other = amount % entries.Count;
                if (other == k)
                {
                    other = (k + 1) % entries.Count;
                }

                if (other == k)
                {
                    // One entry: nothing to swap with, so repeat it instead.
                    entries.Add(e);
                    return 2;
                }

                (entries[k], entries[other]) = (entries[other], entries[k]);
                return Math.Min(k, other) + 1;
            case 11: entries[k] = e with { Timestamp = e.Timestamp.ToOffset(TimeSpan.FromMinutes(amount % 2 == 0 ? 60 : -60)) }; break;
            case 12: entries[k] = e with { Sequence = e.Sequence, Subject = e.Subject.ToUpperInvariant() + "é" }; break;
            default: throw new ArgumentOutOfRangeException(nameof(kind));
        }

        return k + 1;
    }

    private static Dictionary<string, string> ChangeDetails(IReadOnlyDictionary<string, string> details, int amount)
    {
        var changed = new Dictionary<string, string>(details, StringComparer.Ordinal);
        if (changed.Count == 0 || amount % 3 == 0)
        {
            changed["added" + amount.ToString(System.Globalization.CultureInfo.InvariantCulture)] = string.Empty;
        }
        else if (amount % 3 == 1)
        {
            changed.Remove(changed.Keys.First());
        }
        else
        {
            var key = changed.Keys.Last();
            changed[key] += "!";
        }

        return changed;
    }

    private static string FlipDigit(string hash, int amount)
    {
        var i = amount % hash.Length;
        var digit = hash[i] == 'f' ? '0' : (char)(hash[i] == '9' ? 'a' : hash[i] + 1);
        return hash[..i] + digit + hash[(i + 1)..];
    }
}
