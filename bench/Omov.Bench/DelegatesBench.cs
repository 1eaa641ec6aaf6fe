using System.Diagnostics;
using Omov.Data;
using Omov.Data.Delegates;
using Omov.Data.Generation;
using Omov.Data.Register;
using Omov.Data.Repositories;
using Omov.Elections.Delegates;
using Omov.Elections.Eligibility;
using Omov.Elections.Register;
using Omov.Elections.Rulebooks;

namespace Omov.Bench;

/// <summary>
/// The delegate entitlement table from an N-member register: the grouped SQL count alone, and the
/// whole calculation (count, entitlement per party, snapshot stored, audit), against baselines run in
/// the same process on the same database: <c>SELECT COUNT(*)</c>, streaming only the membership
/// numbers, and counting in C# (lean read + the eligibility evaluator per member, grouped in memory).
/// </summary>
internal static class DelegatesBench
{
    public static async Task<int> RunAsync(string engine, int members)
    {
        var folder = Path.Combine(Path.GetTempPath(), "omov-bench", FormattableString.Invariant($"register-{members}"));
        if (!File.Exists(Path.Combine(folder, "members.csv")))
        {
            await new RegisterGenerator(seed: 2026, memberCount: members).WriteCsvAsync(folder);
        }

        await using var bench = await BenchDatabase.CreateAsync(engine);
        using var database = await OmovDatabase.OpenAsync(bench.Connection);
        await new UnitImporter(database, TimeProvider.System).ImportAsync(Path.Combine(folder, "units.csv"), new ImportOptions());
        if (!(await new MemberImporter(database, TimeProvider.System).ImportAsync(Path.Combine(folder, "members.csv"), new ImportOptions())).Succeeded)
        {
            Console.Error.WriteLine("import failed");
            return 1;
        }

        var rules = DelegatePresets.Labour2022();
        var on = new DateOnly(2025, 12, 31);
        var service = new DelegateService(database);
        var tree = new OrganisationTree(await database.Units.ListAsync());
        await database.Members.CountAsync();
        _ = await service.CalculateAsync(rules, on, 2026, "bench");

        for (var run = 1; run <= 2; run++)
        {
            var count = await Time(async () => await database.Members.CountAsync());
            var numbers = await Time(async () =>
            {
                long n = 0;
                await foreach (var _ in database.Members.StreamNumbersAsync())
                {
                    n++;
                }

                return n;
            });
            var inCode = await Time(() => Task.FromResult(CountInCode(database, rules, on, tree)));
            var grouped = await Time(async () => await database.Delegates.CountByLocalPartyAsync(rules, on));
            var whole = await Time(async () => (await service.CalculateAsync(rules, on, 2026, "bench")).Value!);
            Console.WriteLine(FormattableString.Invariant($"{engine} {members:N0} members, run {run} (wall ms / CPU ms, ratio of wall to streaming the numbers): COUNT(*) {count}; stream numbers {numbers} (1.00);"));
            Console.WriteLine(FormattableString.Invariant($"  count in C# (lean read + evaluator) {inCode} ({inCode.Ms / numbers.Ms:F2}); grouped SQL count {grouped} ({grouped.Ms / numbers.Ms:F2}), {grouped.Value.Count:N0} parties, {grouped.Value.Sum(p => p.Members):N0} counted;"));
            Console.WriteLine(FormattableString.Invariant($"  whole table stored + audited {whole} ({whole.Ms / numbers.Ms:F2}), {whole.Value.Parties.Sum(p => p.Total):N0} delegates"));
            if (inCode.Value != grouped.Value.Sum(p => p.Members))
            {
                Console.Error.WriteLine("the C# and SQL counts differ");
                return 1;
            }
        }

        using var process = Process.GetCurrentProcess();
        Console.WriteLine(FormattableString.Invariant($"{engine}: load average {LoadAverage()}; peak working set {process.PeakWorkingSet64 / 1048576.0:F0} MB"));
        return 0;
    }

    private static long CountInCode(OmovDatabase database, DelegateRules rules, DateOnly on, OrganisationTree tree)
    {
        var counted = EligibilityEvaluator.Compile(rules.Counted.ToRulebook(on, rules.TimeZone, rules.Id), tree);
        var perParty = new Dictionary<string, long>(StringComparer.Ordinal);
        var fields = EligibilityFields.Of(counted.Rulebook) | MemberFields.LocalParty | MemberFields.Sections | MemberFields.DateOfBirth;
        foreach (var member in database.Members.ReadLean(fields))
        {
            if (counted.IsEligible(member))
            {
                perParty[member.LocalPartyCode] = perParty.GetValueOrDefault(member.LocalPartyCode) + 1;
            }
        }

        return perParty.Values.Sum();
    }

    private static async Task<Timed<T>> Time<T>(Func<Task<T>> work)
    {
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var stopwatch = Stopwatch.StartNew();
        var value = await work();
        var wall = stopwatch.Elapsed.TotalMilliseconds;
        process.Refresh();
        return new Timed<T>(value, wall, (process.TotalProcessorTime - cpu).TotalMilliseconds);
    }

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

    private sealed record Timed<T>(T Value, double Ms, double CpuMs)
    {
        public override string ToString() => FormattableString.Invariant($"{Ms:F0}/{CpuMs:F0} ms");
    }
}
