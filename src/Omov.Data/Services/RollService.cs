using System.Globalization;
using System.Reflection;
using System.Text.Json.Serialization;
using Omov.Data.Contests;
using Omov.Data.Repositories;
using Omov.Data.Rolls;
using Omov.Elections.Audit;
using Omov.Elections.Eligibility;
using Omov.Elections.Register;
using Omov.Elections.Rolls;
using Omov.Elections.Rulebooks;
using Omov.Elections.Staff;

namespace Omov.Data.Services;

/// <summary>
/// Rolls of stored contests, checked and audited: freeze from the stored register, approve,
/// compare, explain one member, count. What the CLI's <c>omov roll</c> and the web's roll pages
/// both call. <c>actor</c> is who is acting (a staff username, or <c>cli:</c> and the OS user).
/// </summary>
public sealed class RollService
{
    private const int ProgressEvery = 10_000;
    private readonly OmovDatabase _database;

    public RollService(OmovDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
    }

    /// <summary>
    /// Freezes contest <paramref name="code"/>'s roll now from the stored register under its stored
    /// rulebook and stores it, superseding a roll still awaiting approval; audited as
    /// <c>roll.frozen</c>. Refused once the contest has an approved roll. Only the columns the rules
    /// need are read (<see cref="MemberRepository.ReadLean"/>). <paramref name="progress"/>
    /// hears how many members have been read, every 10,000.
    /// </summary>
    public async Task<ServiceResult<RollFreeze>> FreezeAsync(string code, string actor, IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        var found = await ContestAsync(code, cancellationToken).ConfigureAwait(false);
        if (!found.Success)
        {
            return ServiceResult.Fail<RollFreeze>(found.Failure.Value, found.Error);
        }

        var (contest, rulebook) = found.Value;
        if (await _database.Rolls.GetApprovedAsync(contest.Id, cancellationToken).ConfigureAwait(false) is { } approved)
        {
            return ServiceResult.Fail<RollFreeze>(ServiceFailure.Conflict, ApprovedAlready(approved));
        }

        var previous = await _database.Rolls.GetLatestAsync(contest.Id, cancellationToken).ConfigureAwait(false);
        var tree = new OrganisationTree(await _database.Units.ListAsync(cancellationToken).ConfigureAwait(false));
        var fields = EligibilityFields.Of(rulebook) | MemberFields.Contact | MemberFields.Sections;
        var members = _database.Members.ReadLean(fields, EligibilityFields.AdmittedStatuses(rulebook), cancellationToken);
        // Whole milliseconds: the header's instant must survive a round trip through either engine.
        var now = _database.Time.GetUtcNow();
        var frozenAt = new DateTimeOffset(now.UtcTicks - (now.UtcTicks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
        var roll = await Task.Run(() => Roll.Freeze(contest.Code, rulebook, Counted(members, progress), tree, frozenAt), cancellationToken).ConfigureAwait(false);

        var stored = await _database.Rolls.AddFrozenAsync(contest.Id, contest.Revision, roll, actor, cancellationToken).ConfigureAwait(false);
        if (stored is null)
        {
            var now2 = await _database.Rolls.GetApprovedAsync(contest.Id, cancellationToken).ConfigureAwait(false);
            return ServiceResult.Fail<RollFreeze>(ServiceFailure.Conflict, now2 is null ? $"the roll of {code} could not be stored" : ApprovedAlready(now2));
        }

        var superseded = previous is { Status: RollStatus.Frozen } ? previous : null;
        var details = new Dictionary<string, string>
        {
            ["rulebook"] = rulebook.Id,
            ["rulebookVersion"] = rulebook.Version.ToString(CultureInfo.InvariantCulture),
            ["rulebookDigest"] = contest.RulebookDigest,
            ["voters"] = roll.Entries.Count.ToString(CultureInfo.InvariantCulture),
            ["digest"] = roll.Digest,
        };
        if (superseded is not null)
        {
            details["superseded"] = superseded.Digest;
        }

        await _database.AuditLog.AppendAsync(actor, AuditActions.RollFrozen, contest.Code, details, cancellationToken).ConfigureAwait(false);
        return ServiceResult.Ok(new RollFreeze(stored, roll, superseded));
    }

    /// <summary>
    /// As <see cref="FreezeAsync(string, string, IProgress{long}?, CancellationToken)"/>, by a member of
    /// staff, who must hold the permission to freeze rolls (refused and audited as <c>access.refused</c> otherwise).
    /// </summary>
    public async Task<ServiceResult<RollFreeze>> FreezeAsync(string code, StaffAccount account, IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(account);
        if (await RefusedAsync(account, StaffPermission.FreezeRoll, null, AuditActions.RollFrozen, code, cancellationToken).ConfigureAwait(false) is { } reason)
        {
            return ServiceResult.Fail<RollFreeze>(ServiceFailure.Refused, reason);
        }

        return await FreezeAsync(code, AuditActors.Staff(account), progress, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// As <see cref="ExplainAsync(string, string, string, CancellationToken)"/>, by a member of staff who
    /// must be allowed to view this member (a local officer: only of their own local party). A refusal
    /// is audited as <c>access.refused</c> and shows nothing, not even whether the member exists elsewhere.
    /// </summary>
    public async Task<ServiceResult<MemberExplanation>> ExplainAsync(string code, string membershipNumber, StaffAccount account, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(membershipNumber);
        ArgumentNullException.ThrowIfNull(account);
        var member = await _database.Members.GetAsync(membershipNumber, cancellationToken).ConfigureAwait(false);
        if (await RefusedAsync(account, StaffPermission.ViewMember, member?.LocalPartyCode, AuditActions.MemberViewed, membershipNumber, cancellationToken).ConfigureAwait(false) is { } reason)
        {
            return ServiceResult.Fail<MemberExplanation>(ServiceFailure.Refused, reason);
        }

        return await ExplainAsync(code, membershipNumber, AuditActors.Staff(account), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The returning officer's approval of contest <paramref name="code"/>'s roll awaiting approval,
    /// confirmed by the <paramref name="digest"/> they saw (all 64 hex digits; case ignored). Refused
    /// when <paramref name="approver"/> may not approve rolls (audited as <c>access.refused</c>), when
    /// the digest is not that of the roll awaiting approval, or when it is approved already; of two
    /// approvals at once exactly one succeeds. Audited as <c>roll.approved</c>, by the approver.
    /// </summary>
    public async Task<ServiceResult<StoredRoll>> ApproveAsync(string code, string digest, StaffAccount approver, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(digest);
        ArgumentNullException.ThrowIfNull(approver);
        if (await RefusedAsync(approver, StaffPermission.ApproveRoll, null, AuditActions.RollApproved, code, cancellationToken).ConfigureAwait(false) is { } reason)
        {
            return ServiceResult.Fail<StoredRoll>(ServiceFailure.Refused, reason);
        }

        var contest = await _database.Contests.GetAsync(code, cancellationToken).ConfigureAwait(false);
        if (contest is null)
        {
            return ServiceResult.Fail<StoredRoll>(ServiceFailure.NotFound, $"no contest has the code '{code}'");
        }

        var typed = digest.Trim().ToLowerInvariant();
        if (typed.Length != 64 || !typed.All(Uri.IsHexDigit))
        {
            return ServiceResult.Fail<StoredRoll>(ServiceFailure.Invalid, "the digest must be the roll's full SHA-256: 64 hex digits");
        }

        var latest = await _database.Rolls.GetLatestAsync(contest.Id, cancellationToken).ConfigureAwait(false);
        if (latest is null)
        {
            return ServiceResult.Fail<StoredRoll>(ServiceFailure.NotFound, $"no roll has been frozen for {code}");
        }

        if (await _database.Rolls.GetApprovedAsync(contest.Id, cancellationToken).ConfigureAwait(false) is { } approved)
        {
            return ServiceResult.Fail<StoredRoll>(ServiceFailure.Conflict, ApprovedAlready(approved));
        }

        if (latest.Digest != typed)
        {
            var old = await _database.Rolls.GetByDigestAsync(typed, cancellationToken).ConfigureAwait(false);
            return ServiceResult.Fail<StoredRoll>(ServiceFailure.Conflict, old is { Status: RollStatus.Superseded }
                ? $"that digest is of a roll of {old.ContestCode} superseded by a later freeze; check the roll frozen at {Time(latest.FrozenAt)} and approve its digest"
                : $"that digest is not the digest of the roll of {code} awaiting approval (frozen at {Time(latest.FrozenAt)}); nothing was approved");
        }

        if (!await _database.Rolls.ApproveAsync(latest.Id, typed, approver.Username, _database.Time.GetUtcNow(), cancellationToken).ConfigureAwait(false))
        {
            var now = await _database.Rolls.GetApprovedAsync(contest.Id, cancellationToken).ConfigureAwait(false);
            return ServiceResult.Fail<StoredRoll>(ServiceFailure.Conflict, now is null
                ? $"the roll of {code} changed while it was being approved (a new freeze); check the new roll"
                : ApprovedAlready(now));
        }

        await _database.AuditLog.AppendAsync(AuditActors.Staff(approver), AuditActions.RollApproved, contest.Code, new Dictionary<string, string>
        {
            ["digest"] = latest.Digest,
            ["voters"] = latest.EntryCount.ToString(CultureInfo.InvariantCulture),
            ["frozenAt"] = Time(latest.FrozenAt),
        }, cancellationToken).ConfigureAwait(false);
        return ServiceResult.Ok((await _database.Rolls.GetByDigestAsync(latest.Digest, cancellationToken).ConfigureAwait(false))!);
    }

    /// <summary>The stored roll whose digest starts with <paramref name="digestPrefix"/> (at least 6 hex digits), or why not.</summary>
    public async Task<ServiceResult<StoredRoll>> FindAsync(string digestPrefix, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(digestPrefix);
        var prefix = digestPrefix.Trim();
        if (prefix.Length < 6 || prefix.Length > 64 || !prefix.All(Uri.IsHexDigit))
        {
            return ServiceResult.Fail<StoredRoll>(ServiceFailure.Invalid, $"'{prefix}' is not a digest or a digest prefix of at least 6 hex digits");
        }

        var found = await _database.Rolls.FindByDigestPrefixAsync(prefix, cancellationToken).ConfigureAwait(false);
        return found.Count switch
        {
            0 => ServiceResult.Fail<StoredRoll>(ServiceFailure.NotFound, $"no stored roll has a digest starting {prefix}"),
            1 => ServiceResult.Ok(found[0]),
            _ => ServiceResult.Fail<StoredRoll>(ServiceFailure.Invalid, $"{found.Count} stored rolls have digests starting {prefix}; give more digits"),
        };
    }

    /// <summary>Reads a stored roll back from its listing, checking it still hashes to its digest.</summary>
    public async Task<Roll> LoadAsync(StoredRoll stored, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var listing = await _database.Rolls.GetListingAsync(stored.Id, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"Roll {stored.Id} has no listing.");
        var read = RollListingReader.Read(listing, "roll " + stored.Digest[..12]);
        if (!read.Success || read.Roll.Digest != stored.Digest)
        {
            throw new InvalidOperationException($"The stored listing of roll {stored.Digest[..12]} does not hash to its digest: it has been altered.");
        }

        return Roll.Restore(read.Roll.ContestId, read.Roll.RulebookId, read.Roll.RulebookVersion, read.Roll.FrozenAt, read.Roll.Entries, stored.CountsBySection);
    }

    /// <summary>What changed from <paramref name="before"/> to <paramref name="after"/>; audited as <c>roll.compared</c>.</summary>
    public async Task<RollDiff> DiffAsync(StoredRoll before, StoredRoll after, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        var diff = RollDiff.Between(await LoadAsync(before, cancellationToken).ConfigureAwait(false), await LoadAsync(after, cancellationToken).ConfigureAwait(false));
        await _database.AuditLog.AppendAsync(actor, AuditActions.RollsCompared, after.ContestCode, new Dictionary<string, string>
        {
            ["before"] = before.Digest,
            ["after"] = after.Digest,
            ["added"] = diff.Added.Count.ToString(CultureInfo.InvariantCulture),
            ["removed"] = diff.Removed.Count.ToString(CultureInfo.InvariantCulture),
            ["channelChanged"] = diff.ChannelChanged.Count.ToString(CultureInfo.InvariantCulture),
        }, cancellationToken).ConfigureAwait(false);
        return diff;
    }

    /// <summary>
    /// Whether member <paramref name="membershipNumber"/> may vote in contest <paramref name="code"/>,
    /// rule by rule. Personal data viewed: audited as <c>member.viewed</c> (subject the membership
    /// number) before the answer is returned.
    /// </summary>
    public async Task<ServiceResult<MemberExplanation>> ExplainAsync(string code, string membershipNumber, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(membershipNumber);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        var found = await ContestAsync(code, cancellationToken).ConfigureAwait(false);
        if (!found.Success)
        {
            return ServiceResult.Fail<MemberExplanation>(found.Failure.Value, found.Error);
        }

        var (contest, rulebook) = found.Value;
        var member = await _database.Members.GetAsync(membershipNumber, cancellationToken).ConfigureAwait(false);
        if (member is null)
        {
            return ServiceResult.Fail<MemberExplanation>(ServiceFailure.NotFound, $"no member has the number '{membershipNumber}'");
        }

        await _database.AuditLog.AppendAsync(actor, AuditActions.MemberViewed, membershipNumber, new Dictionary<string, string>
        {
            ["contest"] = contest.Code,
            ["rulebook"] = rulebook.Id,
            ["rulebookVersion"] = rulebook.Version.ToString(CultureInfo.InvariantCulture),
        }, cancellationToken).ConfigureAwait(false);
        var tree = new OrganisationTree(await _database.Units.ListAsync(cancellationToken).ConfigureAwait(false));
        var decision = EligibilityEvaluator.Evaluate(member, rulebook, tree);
        return ServiceResult.Ok(new MemberExplanation(contest, member.MembershipNumber, member.LocalPartyCode, decision));
    }

    /// <summary>
    /// How contest <paramref name="code"/>'s rulebook divides the register now (see
    /// <see cref="EligibilityCounts"/>); audited as <c>eligibility.counted</c>.
    /// </summary>
    public async Task<ServiceResult<EligibilityCounts>> CountsAsync(string code, string actor, IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        var found = await ContestAsync(code, cancellationToken).ConfigureAwait(false);
        if (!found.Success)
        {
            return ServiceResult.Fail<EligibilityCounts>(found.Failure.Value, found.Error);
        }

        var (contest, rulebook) = found.Value;
        var tree = new OrganisationTree(await _database.Units.ListAsync(cancellationToken).ConfigureAwait(false));
        var compiled = EligibilityEvaluator.Compile(rulebook, tree);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(_database.Time.GetUtcNow(), compiled.TimeZone).DateTime);
        var youngestAdult = today.AddYears(-27);
        var fields = EligibilityFields.Of(rulebook) | MemberFields.Sections | MemberFields.DateOfBirth;
        var members = _database.Members.ReadLean(fields, statuses: null, cancellationToken);

        var failures = new long[rulebook.Rules.Count];
        var sections = new long[Enum.GetValues<Section>().Length];
        long total = 0, eligible = 0, youth = 0;
        await Task.Run(() =>
        {
            foreach (var member in Counted(members, progress))
            {
                total++;
                var failed = compiled.FirstFailing(member);
                if (failed >= 0)
                {
                    failures[failed]++;
                    continue;
                }

                eligible++;
                var declared = 0;
                foreach (var declaration in member.Sections)
                {
                    declared |= 1 << (int)declaration.Section;
                }

                for (var s = 0; s < sections.Length; s++)
                {
                    sections[s] += (declared >> s) & 1;
                }

                // Under 27 today: born after this date 27 years ago.
                if (member.DateOfBirth is { } born && born > youngestAdult)
                {
                    youth++;
                }
            }
        }, cancellationToken).ConfigureAwait(false);

        var bySection = Enum.GetValues<Section>().Select(s => new SectionCount(FailureWording.SectionName(s), sections[(int)s])).Append(new SectionCount("youth", youth)).ToList();
        var byRule = new List<RuleFailureCount>();
        for (var i = 0; i < failures.Length; i++)
        {
            if (failures[i] > 0)
            {
                byRule.Add(new RuleFailureCount(i, KindOf(rulebook.Rules[i]), FailureWording.Describe(rulebook.Rules[i]), failures[i]));
            }
        }

        await _database.AuditLog.AppendAsync(actor, AuditActions.EligibilityCounted, contest.Code, new Dictionary<string, string>
        {
            ["rulebookDigest"] = contest.RulebookDigest,
            ["members"] = total.ToString(CultureInfo.InvariantCulture),
            ["eligible"] = eligible.ToString(CultureInfo.InvariantCulture),
        }, cancellationToken).ConfigureAwait(false);
        return ServiceResult.Ok(new EligibilityCounts(contest, total, eligible, bySection, byRule));
    }

    /// <summary>The contest and its rulebook, parsed from the stored JSON.</summary>
    public async Task<ServiceResult<ContestRules>> ContestAsync(string code, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(code);
        var contest = await _database.Contests.GetAsync(code, cancellationToken).ConfigureAwait(false);
        if (contest is null)
        {
            return ServiceResult.Fail<ContestRules>(ServiceFailure.NotFound, $"no contest has the code '{code}' (see 'omov contest list')");
        }

        var loaded = RulebookJson.Load(contest.RulebookJson);
        return loaded.Success
            ? ServiceResult.Ok(new ContestRules(contest, loaded.Rulebook))
            : ServiceResult.Fail<ContestRules>(ServiceFailure.Invalid, $"the stored rulebook of {code} no longer loads: {loaded.Errors[0]}");
    }

    /// <summary>Why <paramref name="account"/> may not do this (after auditing the refusal), or null when it may.</summary>
    private async Task<string?> RefusedAsync(StaffAccount account, StaffPermission permission, string? localPartyCode, string attempted, string subject, CancellationToken cancellationToken)
    {
        var access = StaffPermissions.Check(account, permission, localPartyCode);
        if (access.Allowed)
        {
            return null;
        }

        await _database.AuditLog.AppendAsync(AuditActors.Staff(account), AuditActions.AccessRefused, subject, new Dictionary<string, string>
        {
            ["attempted"] = attempted,
            ["reason"] = access.Reason!,
        }, cancellationToken).ConfigureAwait(false);
        return access.Reason!;
    }

    private static string KindOf(Rule rule) =>
        typeof(Rule).GetCustomAttributes<JsonDerivedTypeAttribute>().FirstOrDefault(a => a.DerivedType == rule.GetType())?.TypeDiscriminator as string ?? rule.GetType().Name;

    private static string ApprovedAlready(StoredRoll approved) =>
        $"the roll of {approved.ContestCode} was approved by {approved.ApprovedBy} at {Time(approved.ApprovedAt!.Value)}; an approved roll is final";

    private static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);

    private static IEnumerable<Member> Counted(IEnumerable<Member> members, IProgress<long>? progress)
    {
        long count = 0;
        foreach (var member in members)
        {
            yield return member;
            if (++count % ProgressEvery == 0)
            {
                progress?.Report(count);
            }
        }

        progress?.Report(count);
    }
}
