using System.Security.Cryptography;
using Omov.Data.Generation;
using Omov.Data.Services;
using Omov.Elections.Audit;
using Omov.Elections.Events;
using Omov.Elections.Staff;

namespace Omov.Data.Demo;

/// <summary>
/// Builds the demonstration election on an empty database (<c>omov demo</c>): a synthetic
/// organisation, contests with approved rolls, staff accounts, and a scheduled ballot event that
/// closes a few minutes after it opens, so a newcomer can vote, close, open and declare at once.
/// </summary>
public static class DemoElection
{
    /// <summary>The actor of the demo's own audit entries.</summary>
    public const string Actor = "demo";

    /// <summary>The event's code.</summary>
    public const string EventCode = "demo-2026";

    /// <summary>Builds it all; refuses a database that already has members (a demo never touches real data).</summary>
    public static async Task<DemoSetup> CreateAsync(OmovDatabase database, DemoOptions options, TimeSpan closeIn, IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(options);
        if (await database.Members.CountAsync(cancellationToken).ConfigureAwait(false) > 0)
        {
            throw new InvalidOperationException("The database already holds members; the demonstration needs a new, empty one.");
        }

        progress?.Report($"Generating {options.Members:N0} members in {options.LocalParties} local parties");
        var generator = new RegisterGenerator(options.Seed, options.Members, options.LocalParties);
        await database.Units.UpsertAsync(generator.Units, cancellationToken).ConfigureAwait(false);
        var members = await database.Members.BulkUpsertAsync(generator.Members(), cancellationToken).ConfigureAwait(false);

        progress?.Report("Adding staff accounts");
        var staff = await DemoStaff.AddAsync(database, cancellationToken).ConfigureAwait(false);
        var administrator = (await database.StaffAccounts.GetAsync(DemoStaff.Administrator, cancellationToken).ConfigureAwait(false))!;
        var returningOfficer = (await database.StaffAccounts.GetAsync(DemoStaff.ReturningOfficer, cancellationToken).ConfigureAwait(false))!;

        var contests = new ContestService(database);
        var rolls = new RollService(database);
        foreach (var (code, title, rulebook) in DemoContests.Rolls(Elections.Rulebooks.Rulebook.DefaultTimeZone))
        {
            progress?.Report($"Freezing and approving the roll of {code}");
            Check(await contests.AddAsync(code, title, rulebook, AuditActors.Staff(administrator), cancellationToken).ConfigureAwait(false), code);
            var frozen = Check(await rolls.FreezeAsync(code, administrator, cancellationToken: cancellationToken).ConfigureAwait(false), code);
            Check(await rolls.ApproveAsync(code, frozen.Stored.Digest, returningOfficer, cancellationToken).ConfigureAwait(false), code);
        }

        progress?.Report("Creating the ballot event");
        var ballotEvent = await AddEventAsync(database, closeIn, cancellationToken).ConfigureAwait(false);

        progress?.Report("Holding the key ceremony (3 scrutineers, any 2 open the box)");
        var passphrases = DemoStaff.Scrutineers.Select(name => (Username: name, Passphrase: NewPassphrase())).ToList();
        Check(await new KeyCeremonyService(database).HoldAsync(
            EventCode, 2, [.. passphrases.Select(p => new Results.ScrutineerChoice(p.Username, p.Passphrase))], returningOfficer, cancellationToken).ConfigureAwait(false), "the key ceremony");
        await database.AuditLog.AppendAsync(Actor, AuditActions.DemoCreated, EventCode, new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["members"] = members.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }, cancellationToken).ConfigureAwait(false);
        return new DemoSetup(ballotEvent, staff, members, passphrases);
    }

    private static async Task<BallotEvent> AddEventAsync(OmovDatabase database, TimeSpan closeIn, CancellationToken cancellationToken)
    {
        // Opens a few seconds from now (an event is scheduled only before it opens) and closes
        // soon after, so the whole life of a ballot fits in a demonstration.
        var now = database.Time.GetUtcNow();
        var opens = now.AddSeconds(5);
        var close = opens + closeIn;
        var ballotEvent = new BallotEvent
        {
            Id = Guid.NewGuid(),
            Code = EventCode,
            Title = "Demonstration ballot 2026",
            Timetable = new EventTimetable
            {
                RollFreeze = now.AddMinutes(-1),
                BallotOpens = opens,
                ReissueOpens = opens,
                PostalReissueCloses = close - TimeSpan.FromTicks(closeIn.Ticks / 2),
                EmailReissueCloses = close,
                Close = close,
            },
            Contests = DemoContests.Contests(),
        };
        if (!await database.BallotEvents.AddAsync(ballotEvent, cancellationToken).ConfigureAwait(false))
        {
            throw new InvalidOperationException($"A ballot event with the code {EventCode} already exists.");
        }

        var readiness = new EventReadiness { ApprovedRolls = new HashSet<string>([DemoContests.MembersRoll, DemoContests.DisabledRoll], StringComparer.Ordinal) };
        var scheduled = BallotEventLifecycle.Move(ballotEvent, BallotEventStatus.Scheduled, readiness, now);
        if (scheduled.Event is null)
        {
            throw new InvalidOperationException("The demonstration event could not be scheduled: " + string.Join(" ", scheduled.Refusals));
        }

        await database.BallotEvents.ChangeStatusAsync(ballotEvent.Id, BallotEventStatus.Draft, BallotEventStatus.Scheduled, cancellationToken).ConfigureAwait(false);
        return scheduled.Event;
    }

    private static T Check<T>(ServiceResult<T> result, string what)
        where T : class =>
        result.Success ? result.Value! : throw new InvalidOperationException($"Demonstration set-up failed at {what}: {result.Error}");

    /// <summary>A random share passphrase long enough for the share passphrase policy.</summary>
    private static string NewPassphrase() => "demo-share-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(8)).ToLowerInvariant();

    /// <summary>A readable random password that passes the password policy.</summary>
    internal static string NewPassword() => "demo-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(6)).ToLowerInvariant();
}
