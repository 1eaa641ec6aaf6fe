using Microsoft.Extensions.Time.Testing;
using Omov.Elections.Audit;

namespace Omov.Elections.Tests.Audit;

/// <summary>Chains made for tests, from a fake clock.</summary>
internal static class SampleChains
{
    public static readonly DateTimeOffset Start = new(2026, 1, 20, 17, 0, 0, TimeSpan.Zero);

    private static readonly string[] s_actors = ["jsmith", "returning.officer", AuditActors.System, "Ŵyn-ap-Dafydd"];

    private static readonly string[] s_actions = [AuditActions.MemberViewed, AuditActions.MembersExported, AuditActions.RollFrozen, AuditActions.RollApproved, AuditActions.StaffSignedIn];

    /// <summary>A chain of <paramref name="count"/> entries, made from <paramref name="seed"/> (same seed, same chain).</summary>
    public static List<AuditEntry> Random(int count, int seed)
    {
        var random = new Random(seed);
        var clock = new FakeTimeProvider(Start);
        var chain = new AuditChain(clock);
        var entries = new List<AuditEntry>();
        for (var i = 0; i < count; i++)
        {
            // Some entries share a timestamp: equal times are allowed, only going back is not.
            clock.Advance(TimeSpan.FromTicks(random.Next(0, 3) == 0 ? 0 : random.NextInt64(1, TimeSpan.TicksPerHour)));
            var details = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var d = random.Next(0, 4); d > 0; d--)
            {
                details["k" + random.Next(0, 10).ToString(System.Globalization.CultureInfo.InvariantCulture)] = "v\"\\\n" + random.Next().ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            entries.Add(chain.Append(
                s_actors[random.Next(s_actors.Length)],
                s_actions[random.Next(s_actions.Length)],
                random.Next(0, 4) == 0 ? string.Empty : "L" + random.Next(0, 10_000_000).ToString("D7", System.Globalization.CultureInfo.InvariantCulture),
                details));
        }

        return entries;
    }
}
