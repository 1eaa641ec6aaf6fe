using System.Globalization;
using Omov.Elections.Secrecy.Keys;

namespace Omov.Elections.Tests.Secrecy.Keys;

/// <summary>Key ceremonies for tests: real, but with few PBKDF2 iterations so they take milliseconds.</summary>
internal static class Ceremonies
{
    public const int Iterations = 1_000;

    public static string Passphrase(int scrutineer) =>
        string.Create(CultureInfo.InvariantCulture, $"orange kettle harbour {scrutineer} lantern");

    public static KeyCeremonyRequest Request(int threshold, int count, string eventId = "event-2026-leader") =>
        new(eventId, threshold, [.. Enumerable.Range(1, count).Select(i => new ScrutineerPassphrase(
            string.Create(CultureInfo.InvariantCulture, $"Scrutineer {i}"), Passphrase(i)))])
        {
            Iterations = Iterations,
        };

    public static KeyCeremonyResult Run(int threshold, int count, string eventId = "event-2026-leader")
    {
        var result = KeyCeremony.Run(Request(threshold, count, eventId));
        Assert.True(result.Success, string.Join(" ", result.Problems));
        return result;
    }

    /// <summary>The shares with these numbers, unlocked with their passphrases.</summary>
    public static List<KeyShare> Unlock(KeyCeremonyResult ceremony, IEnumerable<int> indexes) =>
        [.. indexes.Select(i =>
        {
            var unlocked = ceremony.ShareFiles[i - 1].Unlock(Passphrase(i));
            Assert.True(unlocked.Success, unlocked.Error);
            return unlocked.Share;
        })];
}
