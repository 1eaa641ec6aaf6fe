using System.Globalization;
using Omov.Data;
using Omov.Data.Services;
using Omov.Delivery.Email.Templates;
using Omov.Elections.Audit;
using Omov.Elections.Eligibility;
using Omov.Elections.Messages;
using Omov.Elections.Register;
using Omov.Elections.Rulebooks;
using Omov.Elections.Staff;

namespace Omov.Delivery.Messages;

/// <summary>
/// Notices and bulk messages (docs/messages.md): compose to a segment, preview, schedule or send
/// now into the email outbox, and unsubscribe. What the web pages, the due check and
/// <c>omov message</c> all call. Every action is audited with counts, never addresses.
/// </summary>
public sealed partial class MessageService
{
    private readonly OmovDatabase _database;
    private readonly MessageOptions _options;
    private readonly TimeZoneInfo _zone;

    public MessageService(OmovDatabase database, MessageOptions options)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(options);
        _database = database;
        _options = options;
        _zone = TimeZoneInfo.FindSystemTimeZoneById(options.TimeZone);
    }

    /// <summary>The organisation's zone, in which send times are given and shown.</summary>
    public TimeZoneInfo Zone => _zone;

    /// <summary>
    /// Checks a draft and resolves its segment to the rulebook that selects it, without storing
    /// anything: what <see cref="ComposeAsync(MessageDraft, string, CancellationToken)"/> stores and
    /// what a preview of an unsaved message uses.
    /// </summary>
    public async Task<ServiceResult<BulkMessage>> ResolveAsync(MessageDraft draft, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        if (Check(draft) is { } problem)
        {
            return ServiceResult.Fail<BulkMessage>(ServiceFailure.Invalid, problem);
        }

        var tree = new OrganisationTree(await _database.Units.ListAsync(cancellationToken).ConfigureAwait(false));
        var segment = draft.Segment;
        OrganisationUnit? unit = null;
        if (segment.UnitCode is { } code)
        {
            unit = tree.Find(code);
            if (unit is null || unit.Kind is not (OrganisationUnitKind.LocalParty or OrganisationUnitKind.Region or OrganisationUnitKind.Nation))
            {
                return ServiceResult.Fail<BulkMessage>(ServiceFailure.Invalid, $"'{code}' is not a local party, region or nation in the organisation");
            }
        }

        Rulebook? contestRules = null;
        if (segment.ContestCode is { } contest)
        {
            var found = await new RollService(_database).ContestAsync(contest, cancellationToken).ConfigureAwait(false);
            if (!found.Success)
            {
                return ServiceResult.Fail<BulkMessage>(found.Failure.Value, found.Error);
            }

            contestRules = found.Value.Rulebook;
        }

        var now = _database.Time.GetUtcNow();
        var today = DateOnly.FromDateTime(ZoneTime.ToLocal(now, _zone));
        var description = SegmentWording.Describe(segment, unit?.Name);
        var rules = SegmentRules.Build(segment, contestRules, LocalCutoff.EndOfDay(today), description);
        var errors = RulebookValidator.Validate(rules, tree);
        if (errors.Count > 0)
        {
            return ServiceResult.Fail<BulkMessage>(ServiceFailure.Invalid, "the segment's rules are not valid: " + errors[0]);
        }

        return ServiceResult.Ok(new BulkMessage
        {
            Id = Guid.NewGuid(),
            Subject = draft.Subject.Trim(),
            Body = draft.Body,
            Kind = draft.Kind,
            Segment = segment,
            Rules = rules,
            Description = description,
            LocalPartyCode = unit is null ? null : LocalPartyOf(tree, unit),
            Status = MessageStatus.Draft,
            CreatedBy = actor,
            CreatedAt = now,
        });
    }

    /// <summary>As <see cref="ResolveAsync(MessageDraft, string, CancellationToken)"/>, for a member of staff (a local officer: their own local party only).</summary>
    public async Task<ServiceResult<BulkMessage>> ResolveAsync(MessageDraft draft, StaffAccount account, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(account);
        var access = StaffPermissions.Check(account, StaffPermission.MessageMembers);
        if (!access.Allowed)
        {
            return await RefuseAsync<BulkMessage>(account, AuditActions.MessageCreated, "message", access.Reason!, cancellationToken).ConfigureAwait(false);
        }

        if (access.LocalPartyScope is { } scope)
        {
            if (draft.Segment.UnitCode is null)
            {
                // A local officer's segment is their own party unless they say otherwise.
                draft = draft with { Segment = draft.Segment with { UnitCode = scope } };
            }
            else if (!string.Equals(draft.Segment.UnitCode, scope, StringComparison.OrdinalIgnoreCase))
            {
                return await RefuseAsync<BulkMessage>(account, AuditActions.MessageCreated, draft.Segment.UnitCode, $"A local officer for {scope} may message the members of {scope} only.", cancellationToken).ConfigureAwait(false);
            }
        }

        return await ResolveAsync(draft, AuditActors.Staff(account), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Stores a draft after <see cref="ResolveAsync(MessageDraft, string, CancellationToken)"/>; audited as <c>message.created</c>.</summary>
    public async Task<ServiceResult<BulkMessage>> ComposeAsync(MessageDraft draft, string actor, CancellationToken cancellationToken = default) =>
        await StoreAsync(await ResolveAsync(draft, actor, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);

    /// <summary>As <see cref="ComposeAsync(MessageDraft, string, CancellationToken)"/>, for a member of staff.</summary>
    public async Task<ServiceResult<BulkMessage>> ComposeAsync(MessageDraft draft, StaffAccount account, CancellationToken cancellationToken = default) =>
        await StoreAsync(await ResolveAsync(draft, account, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);

    /// <summary>The stored message, if <paramref name="account"/> may see it (a local officer: only their party's); refusals are audited.</summary>
    public async Task<ServiceResult<BulkMessage>> GetAsync(Guid id, StaffAccount account, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(account);
        var message = await _database.Messages.GetAsync(id, cancellationToken).ConfigureAwait(false);
        if (message is null)
        {
            return ServiceResult.Fail<BulkMessage>(ServiceFailure.NotFound, "there is no such message");
        }

        var access = StaffPermissions.Check(account, StaffPermission.MessageMembers);
        if (!access.Allowed || (access.LocalPartyScope is { } scope && !string.Equals(scope, message.LocalPartyCode, StringComparison.OrdinalIgnoreCase)))
        {
            return await RefuseAsync<BulkMessage>(account, "message.viewed", id.ToString("D"), access.Reason ?? $"A local officer for {access.LocalPartyScope} may see the messages to the members of {access.LocalPartyScope} only.", cancellationToken).ConfigureAwait(false);
        }

        return ServiceResult.Ok(message);
    }

    /// <summary>The messages <paramref name="account"/> may see, latest first.</summary>
    public async Task<IReadOnlyList<BulkMessage>> ListAsync(StaffAccount account, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(account);
        var access = StaffPermissions.Check(account, StaffPermission.MessageMembers);
        return access.Allowed ? await _database.Messages.ListAsync(access.LocalPartyScope, cancellationToken: cancellationToken).ConfigureAwait(false) : [];
    }

    /// <summary>A local send time (in the organisation's zone) as UTC.</summary>
    public DateTimeOffset ToUtc(DateOnly date, TimeOnly time) => new(ZoneTime.ToUtc(date.ToDateTime(time), _zone), TimeSpan.Zero);

    /// <summary>A UTC instant as the organisation's local time, for people.</summary>
    public string Local(DateTimeOffset instant) =>
        ZoneTime.ToLocal(instant, _zone).ToString("HH:mm 'on' ddd d MMM yyyy", CultureInfo.InvariantCulture) + " (" + _options.TimeZone + ")";

    private static string? Check(MessageDraft draft)
    {
        if (SegmentRules.HasNoStatus(draft.Segment))
        {
            return "choose at least one member status";
        }

        if (string.IsNullOrWhiteSpace(draft.Body))
        {
            return "body: the message has no body";
        }

        var (template, error) = MessageTemplate.Parse(draft.Subject, MessageMerge.WithFooter(draft.Body, draft.Kind));
        if (template is null)
        {
            return error!.ToString();
        }

        var allowed = MessageMerge.Fields(draft.Kind);
        var unknown = template.Fields.FirstOrDefault(f => !allowed.Contains(f));
        return unknown is null ? null
            : $"{{{{{unknown}}}}} is not a merge field of {(draft.Kind == MessageKind.Optional ? "an optional message" : "a statutory notice")} (fields: {string.Join(", ", allowed.Select(f => "{{" + f + "}}"))})";
    }

    /// <summary>The local party <paramref name="unit"/> is or lies in, or null for a region or nation.</summary>
    private static string? LocalPartyOf(OrganisationTree tree, OrganisationUnit unit)
    {
        for (var current = unit; current is not null; current = current.ParentCode is null ? null : tree.Find(current.ParentCode))
        {
            if (current.Kind == OrganisationUnitKind.LocalParty)
            {
                return current.Code;
            }
        }

        return null;
    }

    private async Task<ServiceResult<BulkMessage>> StoreAsync(ServiceResult<BulkMessage> resolved, CancellationToken cancellationToken)
    {
        if (!resolved.Success)
        {
            return resolved;
        }

        var message = resolved.Value;
        await _database.Messages.AddAsync(message, cancellationToken).ConfigureAwait(false);
        await _database.AuditLog.AppendAsync(message.CreatedBy, AuditActions.MessageCreated, message.Id.ToString("D"), new Dictionary<string, string>
        {
            ["kind"] = Data.Messages.MessageRepository.Name(message.Kind),
            ["segment"] = message.Description,
            ["localParty"] = message.LocalPartyCode ?? "(all)",
        }, cancellationToken).ConfigureAwait(false);
        return resolved;
    }

    private async Task<ServiceResult<T>> RefuseAsync<T>(StaffAccount account, string attempted, string subject, string reason, CancellationToken cancellationToken)
        where T : class
    {
        await _database.AuditLog.AppendAsync(AuditActors.Staff(account), AuditActions.AccessRefused, subject, new Dictionary<string, string>
        {
            ["attempted"] = attempted,
            ["reason"] = reason,
        }, cancellationToken).ConfigureAwait(false);
        return ServiceResult.Fail<T>(ServiceFailure.Refused, reason);
    }
}
