using System.Diagnostics;
using Omov.Data;

namespace Omov.Bench;

/// <summary>The queries behind /Members and /Organisation over a full-size register, timed against COUNT(*).</summary>
internal static class RegisterPagesBench
{
    public static async Task RunAsync(OmovDatabase database, string engine, int members)
    {
        var sample = await database.Members.SearchAsync("a", 0, 1);
        var someone = sample.Members[0];
        var party = someone.LocalPartyCode;
        var postcode = someone.Address?.Postcode?[..3] ?? "M1";
        var cases = new (string Name, Func<Task<long>> Run)[]
        {
            ("count members (baseline)", () => database.Members.CountAsync()),
            ("search surname prefix, page 1", async () => (await database.Members.SearchAsync(someone.LastName[..Math.Min(4, someone.LastName.Length)], null, 0, 50)).Total),
            ("search postcode prefix, page 1", async () => (await database.Members.SearchAsync(postcode, null, 0, 50)).Total),
            ("search membership number", async () => (await database.Members.SearchAsync(someone.MembershipNumber, null, 0, 50)).Total),
            ("search surname, one local party", async () => (await database.Members.SearchAsync(someone.LastName[..Math.Min(4, someone.LastName.Length)], party, 0, 50)).Total),
            ("member counts per unit", async () => (await database.Units.CountMembersAsync()).Count),
            ("get one member", async () => (await database.Members.GetAsync(someone.MembershipNumber)) is null ? 0 : 1),
        };

        double? baseline = null;
        foreach (var (name, run) in cases)
        {
            var found = await run();
            var times = new List<double>();
            for (var i = 0; i < 5; i++)
            {
                var stopwatch = Stopwatch.StartNew();
                await run();
                times.Add(stopwatch.Elapsed.TotalMilliseconds);
            }

            times.Sort();
            var median = times[2];
            baseline ??= median;
            Console.WriteLine(FormattableString.Invariant($"{engine} {members:N0}: {name}: {median:F1} ms ({median / baseline.Value:F2}x), result {found:N0}"));
        }
    }
}
