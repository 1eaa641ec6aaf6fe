using System.Diagnostics;
using Omov.Data;
using Omov.Data.Generation;
using Omov.Data.Outbox;
using Omov.Data.Register;
using Omov.Data.Services;
using Omov.Delivery.Issuing;
using Omov.Elections.Credentials;
using Omov.Elections.Events;
using Omov.Elections.Rulebooks;

namespace Omov.Bench;

/// <summary>
/// Issuing an N-member event's credentials by email (<see cref="CredentialIssuer"/>, as
/// <c>omov event issue</c> does it: pages of pending voters, a code and its hash per member, one
/// transaction per batch holding the voters, the hashes and the queued emails), against a baseline
/// run in the same process on the same database: queueing the same number of ballot emails with
/// the plain bulk enqueue (one transaction, no codes, no voters).
/// </summary>
internal static class IssueBench
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

        const string rollContest = "labour-leader-deputy-2020";
        await new ContestService(database).AddAsync(rollContest, "Leader and Deputy", Presets.Find(rollContest)!.Rulebook, "bench");
        var frozen = (await new RollService(database).FreezeAsync(rollContest, "bench")).Value!;
        await database.Rolls.ApproveAsync(frozen.Stored.Id, frozen.Stored.Digest, "bench", TimeProvider.System.GetUtcNow());
        var ballotEvent = EventPresets.Leadership2020() with { Id = Guid.NewGuid() };
        await database.BallotEvents.AddAsync(ballotEvent);
        await database.BallotEvents.ChangeStatusAsync(ballotEvent.Id, BallotEventStatus.Draft, BallotEventStatus.Scheduled);
        var page = new Uri("https://vote.example.org/vote");
        var voters = frozen.Roll.Entries.Count;

        // Baseline first (so the issue run does not warm the outbox pages for it): the same number of ballot emails, plain bulk enqueue.
        var template = (await database.Members.GetAsync(frozen.Roll.Entries.First(e => e.Channel == Omov.Elections.Rolls.DeliveryChannel.Email).MembershipNumber))!;
        var baselineEvent = ballotEvent with { Id = Guid.NewGuid() };
        var baseline = await Time(async () => await database.EmailOutbox.EnqueueAsync(Enumerable.Range(0, voters).Select(i =>
            BallotMessages.Email(baselineEvent, template with { MembershipNumber = FormattableString.Invariant($"B{i:D8}") }, VotingCode.Generate(), ballotEvent.Contests, page))));

        var issue = await Time(async () => (await new CredentialIssuer(database).IssueAsync(ballotEvent.Code, new IssueOptions { VotingPage = page }, "bench")).Value!);
        using var process = Process.GetCurrentProcess();
        Console.WriteLine(FormattableString.Invariant(
            $"{engine} {members:N0} members, {voters:N0} on the roll: baseline bulk enqueue of {baseline.Value.Added:N0} emails {baseline} (1.00); issue {issue} ({issue.Ms / baseline.Ms:F2}): {issue.Value.Emailed:N0} emails queued with their codes' hashes, {issue.Value.PostLeft:N0} postal left, {issue.Value.NoContact.Count:N0} no contact; load average {LoadAverage()}; peak working set {process.PeakWorkingSet64 / 1048576.0:F0} MB"));
        return 0;
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

    /// <summary>A result with its wall-clock time and the CPU time this process used meanwhile.</summary>
    private sealed record Timed<T>(T Value, double Ms, double CpuMs)
    {
        public override string ToString() => FormattableString.Invariant($"{Ms / 1000:F1} s wall / {CpuMs / 1000:F1} s CPU");
    }
}
