using System.Globalization;
using Omov.Elections.Secrecy.Keys;

namespace Omov.Bench;

/// <summary>Key ceremonies for the benches: real, with few PBKDF2 iterations unless asked otherwise.</summary>
internal static class KeyBench
{
    public static KeyCeremonyRequest Request(int threshold, int count, int iterations) =>
        new("bench-event", threshold, [.. Enumerable.Range(1, count).Select(i => new ScrutineerPassphrase(
            string.Create(CultureInfo.InvariantCulture, $"Scrutineer {i}"), Passphrase(i)))])
        {
            Iterations = iterations,
        };

    public static string Passphrase(int i) => string.Create(CultureInfo.InvariantCulture, $"bench passphrase number {i} of many");

    public static KeyCeremonyResult Ceremony(int threshold, int count, int iterations = 1_000)
    {
        var result = KeyCeremony.Run(Request(threshold, count, iterations));
        return result.Success ? result : throw new InvalidOperationException(string.Join(" ", result.Problems));
    }

    public static List<KeyShare> Unlock(KeyCeremonyResult ceremony, IEnumerable<int> indexes) =>
        [.. indexes.Select(i => ceremony.ShareFiles[i - 1].Unlock(Passphrase(i)).Share ?? throw new InvalidOperationException("share did not unlock"))];

    public static (Omov.Elections.Secrecy.Sealing.BallotOpener Opener, ElectionPublicKey PublicKey) Opener(int threshold, int count)
    {
        var ceremony = Ceremony(threshold, count);
        var box = BoxOpening.Open(ceremony.Record!, Unlock(ceremony, Enumerable.Range(1, threshold)));
        return box.Success ? (box.Opener, ceremony.Record!.PublicKey) : throw new InvalidOperationException(box.Error);
    }
}
