using System.Globalization;
using Omov.Data.Contests;
using Omov.Elections.Audit;
using Omov.Elections.Eligibility;
using Omov.Elections.Rulebooks;

namespace Omov.Data.Services;

/// <summary>
/// Creating contests and changing their rulebooks, checked and audited: what the CLI's
/// <c>omov contest</c> and the web's contest pages both call. <c>actor</c> is who is acting (a staff
/// username, or <c>cli:</c> and the operating-system user).
/// </summary>
public sealed partial class ContestService
{
    private readonly OmovDatabase _database;

    public ContestService(OmovDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
    }

    /// <summary>Whether <paramref name="code"/> is a valid contest code: 1 to 64 letters, digits, '-', '_' or '.', starting with a letter or digit.</summary>
    public static bool IsValidCode(string? code) => code is not null && CodePattern().IsMatch(code);

    /// <summary>Reads and checks a rulebook written as JSON, with unit codes checked against the stored organisation.</summary>
    public async Task<ServiceResult<Rulebook>> ParseRulebookAsync(string json, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(json);
        var tree = await TreeAsync(cancellationToken).ConfigureAwait(false);
        var loaded = RulebookJson.Load(json, tree);
        if (!loaded.Success)
        {
            var more = loaded.Errors.Count > 1 ? $" (and {loaded.Errors.Count - 1} more problem(s))" : string.Empty;
            return ServiceResult.Fail<Rulebook>(ServiceFailure.Invalid, loaded.Errors[0] + more);
        }

        return ServiceResult.Ok(loaded.Rulebook);
    }

    /// <summary>Adds a contest with its rulebook (revision 1); audited as <c>contest.created</c>.</summary>
    public async Task<ServiceResult<Contest>> AddAsync(string code, string title, Rulebook rulebook, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rulebook);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        if (!IsValidCode(code))
        {
            return ServiceResult.Fail<Contest>(ServiceFailure.Invalid, $"the contest code '{code}' is not valid: use 1 to 64 letters, digits, '-', '_' or '.', starting with a letter or digit");
        }

        if (string.IsNullOrWhiteSpace(title) || title.Length > 200 || title.Any(char.IsControl))
        {
            return ServiceResult.Fail<Contest>(ServiceFailure.Invalid, "the title must be 1 to 200 characters on one line");
        }

        if (await CheckAgainstTreeAsync(rulebook, cancellationToken).ConfigureAwait(false) is { } problem)
        {
            return ServiceResult.Fail<Contest>(ServiceFailure.Invalid, problem);
        }

        var stored = ContestRulebook.Of(rulebook);
        var contest = await _database.Contests.AddAsync(code, title.Trim(), stored, actor, _database.Time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        if (contest is null)
        {
            return ServiceResult.Fail<Contest>(ServiceFailure.Conflict, $"a contest with the code '{code}' already exists");
        }

        await _database.AuditLog.AppendAsync(actor, AuditActions.ContestCreated, contest.Code, new Dictionary<string, string>
        {
            ["rulebook"] = rulebook.Id,
            ["rulebookVersion"] = rulebook.Version.ToString(CultureInfo.InvariantCulture),
            ["rulebookDigest"] = stored.Digest,
        }, cancellationToken).ConfigureAwait(false);
        return ServiceResult.Ok(contest);
    }

    /// <summary>
    /// Replaces a contest's rulebook (a new revision; the old one stays in the history), audited as
    /// <c>rulebook.edited</c> with the old and new digests. Refused once the contest's roll is approved;
    /// with <paramref name="expectedRevision"/>, refused if someone else changed it first.
    /// </summary>
    public async Task<ServiceResult<Contest>> UpdateRulebookAsync(string code, Rulebook rulebook, string actor, int? expectedRevision = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(rulebook);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        var contest = await _database.Contests.GetAsync(code, cancellationToken).ConfigureAwait(false);
        if (contest is null)
        {
            return ServiceResult.Fail<Contest>(ServiceFailure.NotFound, $"no contest has the code '{code}'");
        }

        if (await _database.Rolls.GetApprovedAsync(contest.Id, cancellationToken).ConfigureAwait(false) is { } approved)
        {
            return ServiceResult.Fail<Contest>(ServiceFailure.Conflict, $"the roll of {code} was approved by {approved.ApprovedBy}; its rulebook can no longer change");
        }

        if (await CheckAgainstTreeAsync(rulebook, cancellationToken).ConfigureAwait(false) is { } problem)
        {
            return ServiceResult.Fail<Contest>(ServiceFailure.Invalid, problem);
        }

        var stored = ContestRulebook.Of(rulebook);
        if (stored.Digest == contest.RulebookDigest)
        {
            return ServiceResult.Fail<Contest>(ServiceFailure.Invalid, $"{code} already has exactly this rulebook (digest {stored.Digest[..12]}…)");
        }

        var updated = await _database.Contests.UpdateRulebookAsync(code, expectedRevision ?? contest.Revision, stored, actor, _database.Time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        if (updated is null)
        {
            return ServiceResult.Fail<Contest>(ServiceFailure.Conflict, $"the rulebook of {code} was changed by someone else meanwhile; reload it and try again");
        }

        await _database.AuditLog.AppendAsync(actor, AuditActions.RulebookEdited, code, new Dictionary<string, string>
        {
            ["rulebook"] = rulebook.Id,
            ["rulebookVersion"] = rulebook.Version.ToString(CultureInfo.InvariantCulture),
            ["revision"] = updated.Revision.ToString(CultureInfo.InvariantCulture),
            ["oldDigest"] = contest.RulebookDigest,
            ["newDigest"] = stored.Digest,
        }, cancellationToken).ConfigureAwait(false);
        return ServiceResult.Ok(updated);
    }

    /// <summary>The contest with <paramref name="code"/>, or a not-found failure.</summary>
    public async Task<ServiceResult<Contest>> GetAsync(string code, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(code);
        var contest = await _database.Contests.GetAsync(code, cancellationToken).ConfigureAwait(false);
        return contest is null
            ? ServiceResult.Fail<Contest>(ServiceFailure.NotFound, $"no contest has the code '{code}' (see 'omov contest list')")
            : ServiceResult.Ok(contest);
    }

    private async Task<string?> CheckAgainstTreeAsync(Rulebook rulebook, CancellationToken cancellationToken)
    {
        var errors = RulebookValidator.Validate(rulebook, await TreeAsync(cancellationToken).ConfigureAwait(false));
        return errors.Count == 0 ? null : $"the rulebook {rulebook.Id} is not valid here: {errors[0]}";
    }

    private async Task<OrganisationTree> TreeAsync(CancellationToken cancellationToken) =>
        new(await _database.Units.ListAsync(cancellationToken).ConfigureAwait(false));

    [System.Text.RegularExpressions.GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")]
    private static partial System.Text.RegularExpressions.Regex CodePattern();
}
