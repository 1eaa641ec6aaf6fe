using System.Diagnostics;
using Omov.Data;
using Omov.Data.Generation;
using Omov.Data.Register;
using Omov.Data.Services;
using Omov.Elections.Eligibility;
using Omov.Elections.Rolls;
using Omov.Elections.Rulebooks;
using Omov.Elections.Staff;

namespace Omov.Bench;

/// <summary>
/// Freezing a stored contest's roll from an N-member register in one process, against baselines
/// run in the same process on the same database: <c>SELECT COUNT(*)</c>, streaming only the
/// membership numbers, and the old path (whole member rows into <see cref="Roll.Freeze(string, Rulebook, IEnumerable{Elections.Register.Member}, IOrganisationTree, TimeProvider)"/>).
/// The timed freeze is <see cref="RollService.FreezeAsync"/> whole: the lean read, eligibility,
/// channels, digest, gzip and the stored row, and the audit entry. Then approval (which writes the
/// approved voters' index) and the eligibility counts.
/// </summary>
internal static class FreezeBench
{
    public static async Task<int> RunAsync(string engine, int members, string rulebookId)
    {
        var folder = Path.Combine(Path.GetTempPath(), "omov-bench", FormattableString.Invariant($"register-{members}"));
        if (!File.Exists(Path.Combine(folder, "members.csv")))
        {
            await new RegisterGenerator(seed: 2026, memberCount: members).WriteCsvAsync(folder);
        }

        await using var bench = await BenchDatabase.CreateAsync(engine);
        using var database = await OmovDatabase.OpenAsync(bench.Connection);
        await new UnitImporter(database, TimeProvider.System).ImportAsync(Path.Combine(folder, "units.csv"), new ImportOptions());
        var import = await new MemberImporter(database, TimeProvider.System).ImportAsync(Path.Combine(folder, "members.csv"), new ImportOptions());
        if (!import.Succeeded)
        {
            Console.Error.WriteLine("import failed");
            return 1;
        }

        var rulebook = Presets.Find(rulebookId)?.Rulebook ?? throw new ArgumentException("unknown preset " + rulebookId);
        await new ContestService(database).AddAsync("bench", "Bench", rulebook, "bench");
        await database.StaffAccounts.AddAsync(new StaffAccount
        {
            Id = Guid.NewGuid(), Username = "ro", DisplayName = "RO", Email = "ro@example.org", Roles = [StaffRole.ReturningOfficer],
            PasswordHash = "x", RecoveryCodeHashes = [], Enabled = true, CreatedAt = TimeProvider.System.GetUtcNow(),
        });
        var rolls = new RollService(database);
        var tree = new OrganisationTree(await database.Units.ListAsync());

        // Warm-up: JIT, connection pool and page cache, so every row below measures the same warm state.
        await database.Members.CountAsync();
        _ = await rolls.FreezeAsync("bench", "bench");

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
            var whole = await Time(() => Task.FromResult(Roll.Freeze("bench", rulebook, database.Members.StreamAllAsync().ToBlockingEnumerable(), tree, TimeProvider.System)));
            var fields = Omov.Data.Repositories.EligibilityFields.Of(rulebook) | Omov.Data.Repositories.MemberFields.Contact | Omov.Data.Repositories.MemberFields.Sections;
            var statuses = Omov.Data.Repositories.EligibilityFields.AdmittedStatuses(rulebook);
            var lean = await Time(() => Task.FromResult((object)database.Members.ReadLean(fields, statuses).LongCount()));
            var freeze = await Time(async () => (await rolls.FreezeAsync("bench", "bench")).Value!);
            var counts = await Time(async () => (await rolls.CountsAsync("bench", "bench")).Value!);
            Console.WriteLine(FormattableString.Invariant(
                $"{engine} {members:N0} members, {rulebook.Id}, run {run} (wall ms / CPU ms, ratio of wall to streaming the numbers): COUNT(*) {count}; stream numbers {numbers} (1.00); old freeze, whole rows, not stored {whole} ({whole.Ms / numbers.Ms:F2}); lean read alone {lean} ({lean.Ms / numbers.Ms:F2}); freeze+store {freeze} ({freeze.Ms / numbers.Ms:F2}), {freeze.Value.Roll.Entries.Count:N0} voters; counts {counts} ({counts.Ms / numbers.Ms:F2})"));
        }

        var latest = (await database.Contests.GetAsync("bench"))!;
        var roll = (await database.Rolls.GetLatestAsync(latest.Id))!;
        var account = (await database.StaffAccounts.GetAsync("ro"))!;
        var approve = await Time(async () => await rolls.ApproveAsync("bench", roll.Digest, account));
        var lookup = await Time(async () => await database.Rolls.ApprovedContestsOfAsync("L1000001"));
        using var process = Process.GetCurrentProcess();
        Console.WriteLine(FormattableString.Invariant(
            $"{engine}: approve (writes {roll.EntryCount:N0} voters to the index) {approve}; member lookup {lookup}; load average {LoadAverage()}; peak working set {process.PeakWorkingSet64 / 1048576.0:F0} MB"));
        return approve.Value.Success ? 0 : 1;
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

    /// <summary>A result with its wall-clock time and the CPU time this process used meanwhile (the fairer figure on a shared machine).</summary>
    private sealed record Timed<T>(T Value, double Ms, double CpuMs)
    {
        public override string ToString() => FormattableString.Invariant($"{Ms:F0}/{CpuMs:F0} ms");
    }
}
