using System.Globalization;
using System.Threading.Channels;
using Omov.Data.Outbox;
using Omov.Data.Repositories;
using Omov.Data.Services;
using Omov.Delivery.Email.Templates;
using Omov.Elections.Audit;
using Omov.Elections.Eligibility;
using Omov.Elections.Messages;
using Omov.Elections.Register;
using Omov.Elections.Staff;

namespace Omov.Delivery.Messages;

public sealed partial class MessageService
{
    /// <summary>Who <paramref name="message"/> would reach now, and the message merged for a sample member.</summary>
    public async Task<MessagePreview> PreviewAsync(BulkMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var units = await _database.Units.ListAsync(cancellationToken).ConfigureAwait(false);
        var unsubscribed = message.Kind == MessageKind.Optional ? await _database.Subscriptions.UnsubscribedAsync(cancellationToken).ConfigureAwait(false) : null;
        var figures = await Task.Run(() =>
        {
            long selected = 0, noEmail = 0, skipped = 0;
            foreach (var member in Select(message, units, cancellationToken))
            {
                selected++;
                if (!EmailAddresses.IsUsable(member.Email))
                {
                    noEmail++;
                }
                else if (unsubscribed?.Contains(member.MembershipNumber) == true)
                {
                    skipped++;
                }
            }

            return new MessageFigures(selected, selected - noEmail - skipped, noEmail, skipped);
        }, cancellationToken).ConfigureAwait(false);

        var partyName = units.FirstOrDefault(u => u.Code == (message.LocalPartyCode ?? message.Segment.UnitCode))?.Name ?? "your local party";
        var sample = Render(message, MessageMerge.SampleFirstName, partyName, message.Kind == MessageKind.Optional ? _options.UnsubscribeLink("sample") : null);
        return new MessagePreview(figures, sample);
    }

    /// <summary>
    /// Schedules a draft to be queued at <paramref name="sendAt"/> (UTC, in the future) by the due
    /// check; audited as <c>message.scheduled</c>.
    /// </summary>
    public async Task<ServiceResult<BulkMessage>> ScheduleAsync(BulkMessage message, DateTimeOffset sendAt, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        if (sendAt <= _database.Time.GetUtcNow())
        {
            return ServiceResult.Fail<BulkMessage>(ServiceFailure.Invalid, $"the send time {Local(sendAt)} has passed; choose a later time or send now");
        }

        if (!await _database.Messages.ScheduleAsync(message.Id, sendAt, cancellationToken).ConfigureAwait(false))
        {
            return ServiceResult.Fail<BulkMessage>(ServiceFailure.Conflict, "the message is no longer a draft or scheduled, so it cannot be scheduled");
        }

        await _database.AuditLog.AppendAsync(actor, AuditActions.MessageScheduled, message.Id.ToString("D"), new Dictionary<string, string>
        {
            ["sendAt"] = sendAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        }, cancellationToken).ConfigureAwait(false);
        return ServiceResult.Ok((await _database.Messages.GetAsync(message.Id, cancellationToken).ConfigureAwait(false))!);
    }

    /// <summary>Cancels a draft or scheduled message; audited as <c>message.cancelled</c>.</summary>
    public async Task<ServiceResult<BulkMessage>> CancelAsync(BulkMessage message, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (!await _database.Messages.CancelAsync(message.Id, cancellationToken).ConfigureAwait(false))
        {
            return ServiceResult.Fail<BulkMessage>(ServiceFailure.Conflict, "the message is being sent or was sent already, so it cannot be cancelled");
        }

        await _database.AuditLog.AppendAsync(actor, AuditActions.MessageCancelled, message.Id.ToString("D"), null, cancellationToken).ConfigureAwait(false);
        return ServiceResult.Ok((await _database.Messages.GetAsync(message.Id, cancellationToken).ConfigureAwait(false))!);
    }

    /// <summary>
    /// Puts the message to every member of its segment into the email outbox now (a draft or a
    /// scheduled message, or one whose earlier queueing stopped part-way). Members with no usable
    /// email are counted and skipped; so are unsubscribed members, for an optional message. Each
    /// member's message has the idempotency key <see cref="BulkMessage.KeyFor"/>, so queueing again
    /// never sends twice. Audited as <c>message.queued</c> with the figures.
    /// </summary>
    public async Task<ServiceResult<BulkMessage>> SendNowAsync(Guid id, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        var message = await _database.Messages.GetAsync(id, cancellationToken).ConfigureAwait(false);
        if (message is null)
        {
            return ServiceResult.Fail<BulkMessage>(ServiceFailure.NotFound, "there is no such message");
        }

        if (!await _database.Messages.ClaimAsync(id, _database.Time.GetUtcNow() + _options.Lease, cancellationToken).ConfigureAwait(false))
        {
            return ServiceResult.Fail<BulkMessage>(ServiceFailure.Conflict, message.Status switch
            {
                MessageStatus.Queued => "the message was sent already",
                MessageStatus.Cancelled => "the message was cancelled",
                _ => "the message is being sent now",
            });
        }

        var (figures, added) = await QueueAsync(message, cancellationToken).ConfigureAwait(false);
        await _database.Messages.MarkQueuedAsync(id, figures, cancellationToken).ConfigureAwait(false);
        await _database.AuditLog.AppendAsync(actor, AuditActions.MessageQueued, id.ToString("D"), new Dictionary<string, string>
        {
            ["kind"] = Data.Messages.MessageRepository.Name(message.Kind),
            ["selected"] = Number(figures.Selected),
            ["queued"] = Number(figures.Queued),
            ["added"] = Number(added),
            ["noEmail"] = Number(figures.NoEmail),
            ["unsubscribed"] = Number(figures.Unsubscribed),
        }, cancellationToken).ConfigureAwait(false);
        return ServiceResult.Ok((await _database.Messages.GetAsync(id, cancellationToken).ConfigureAwait(false))!);
    }

    /// <summary>
    /// Queues every message whose send time has come (and resumes any whose queueing stopped and
    /// whose claim has lapsed): what the web app's due check and <c>omov message send-due</c> run.
    /// Several processes may run it at once; each message is claimed by one. Returns how many it queued.
    /// </summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken = default)
    {
        var done = 0;
        foreach (var id in await _database.Messages.ListDueAsync(cancellationToken).ConfigureAwait(false))
        {
            if ((await SendNowAsync(id, AuditActors.System, cancellationToken).ConfigureAwait(false)).Success)
            {
                done++;
            }
        }

        return done;
    }

    /// <summary>
    /// Unsubscribes the member whose link this is from optional messages (or subscribes them again);
    /// audited as <c>member.unsubscribed</c> or <c>member.resubscribed</c> with the membership
    /// number only. False for a malformed or unknown token; true (and nothing audited) when it was already so.
    /// </summary>
    public async Task<bool> SetSubscriptionAsync(string token, bool unsubscribe, CancellationToken cancellationToken = default)
    {
        if (!UnsubscribeToken.IsWellFormed(token) || await _database.Subscriptions.FindAsync(token, cancellationToken).ConfigureAwait(false) is null)
        {
            return false;
        }

        if (await _database.Subscriptions.SetAsync(token, unsubscribe, cancellationToken).ConfigureAwait(false) is { } number)
        {
            await _database.AuditLog.AppendAsync("member:" + number, unsubscribe ? AuditActions.MemberUnsubscribed : AuditActions.MemberResubscribed, number, null, cancellationToken).ConfigureAwait(false);
        }

        return true;
    }

    /// <summary>As <see cref="SendNowAsync(Guid, string, CancellationToken)"/>, by a member of staff allowed to see the message.</summary>
    public async Task<ServiceResult<BulkMessage>> SendNowAsync(Guid id, StaffAccount account, CancellationToken cancellationToken = default)
    {
        var found = await GetAsync(id, account, cancellationToken).ConfigureAwait(false);
        return found.Success ? await SendNowAsync(id, AuditActors.Staff(account), cancellationToken).ConfigureAwait(false) : found;
    }

    private async Task<(MessageFigures Figures, long Added)> QueueAsync(BulkMessage message, CancellationToken cancellationToken)
    {
        var units = await _database.Units.ListAsync(cancellationToken).ConfigureAwait(false);
        var names = units.ToDictionary(u => u.Code, u => u.Name, StringComparer.Ordinal);
        var optional = message.Kind == MessageKind.Optional;
        var unsubscribed = optional ? await _database.Subscriptions.UnsubscribedAsync(cancellationToken).ConfigureAwait(false) : null;
        var template = MessageTemplate.Parse(message.Subject, MessageMerge.WithFooter(message.Body, message.Kind)).Template
            ?? throw new InvalidOperationException($"Message {message.Id} no longer parses.");
        long selected = 0, noEmail = 0, skipped = 0, queued = 0, added = 0;

        // The register is read on its own connection, on its own thread, into chunks that are
        // rendered and queued here as they come: memory stays bounded however big the segment.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var chunks = Channel.CreateBounded<List<Member>>(2);
        var reader = Task.Run(async () =>
        {
            try
            {
                var chunk = new List<Member>(_options.ChunkSize);
                foreach (var member in Select(message, units, stop.Token))
                {
                    selected++;
                    if (!EmailAddresses.IsUsable(member.Email))
                    {
                        noEmail++;
                    }
                    else if (unsubscribed?.Contains(member.MembershipNumber) == true)
                    {
                        skipped++;
                    }
                    else
                    {
                        chunk.Add(member);
                        if (chunk.Count >= _options.ChunkSize)
                        {
                            await chunks.Writer.WriteAsync(chunk, stop.Token).ConfigureAwait(false);
                            chunk = new List<Member>(_options.ChunkSize);
                        }
                    }
                }

                if (chunk.Count > 0)
                {
                    await chunks.Writer.WriteAsync(chunk, stop.Token).ConfigureAwait(false);
                }

                chunks.Writer.Complete();
            }
            catch (Exception ex)
            {
                chunks.Writer.Complete(ex);
                throw;
            }
        }, stop.Token);

        try
        {
            await foreach (var chunk in chunks.Reader.ReadAllAsync(stop.Token).ConfigureAwait(false))
            {
                var tokens = optional ? await _database.Subscriptions.TokensAsync([.. chunk.Select(m => m.MembershipNumber)], stop.Token).ConfigureAwait(false) : null;
                var result = await _database.EmailOutbox.EnqueueAsync(chunk.Select(member => Outgoing(message, template, member, names, tokens)), stop.Token).ConfigureAwait(false);
                queued += result.Added + result.AlreadyQueued;
                added += result.Added;
            }
        }
        catch
        {
            await stop.CancelAsync().ConfigureAwait(false);
            throw;
        }

        await reader.ConfigureAwait(false);
        return (new MessageFigures(selected, queued, noEmail, skipped), added);
    }

    /// <summary>The members the message's rules select, with only what selection and merging need read.</summary>
    private IEnumerable<Member> Select(BulkMessage message, IReadOnlyList<OrganisationUnit> units, CancellationToken cancellationToken)
    {
        var compiled = EligibilityEvaluator.Compile(message.Rules, new OrganisationTree(units));
        var fields = EligibilityFields.Of(message.Rules) | MemberFields.Contact | MemberFields.FirstName | MemberFields.LocalParty;
        foreach (var member in _database.Members.ReadLean(fields, EligibilityFields.AdmittedStatuses(message.Rules), cancellationToken))
        {
            if (compiled.IsEligible(member))
            {
                yield return member;
            }
        }
    }

    private OutboxMessage Outgoing(BulkMessage message, MessageTemplate template, Member member, Dictionary<string, string> names, IReadOnlyDictionary<string, string>? tokens)
    {
        var values = MessageMerge.Values(member.FirstName, names.GetValueOrDefault(member.LocalPartyCode, member.LocalPartyCode),
            tokens is null ? null : _options.UnsubscribeLink(tokens[member.MembershipNumber]));
        var rendered = template.Render(values);
        var email = rendered.Email ?? throw new InvalidOperationException($"Message {message.Id}: {rendered.Error}");
        return new OutboxMessage
        {
            IdempotencyKey = message.KeyFor(member.MembershipNumber),
            Kind = message.Kind == MessageKind.Optional ? "message" : "notice",
            BatchId = message.BatchId,
            MemberNumber = member.MembershipNumber,
            Recipient = member.Email!.Trim(),
            Subject = email.Subject,
            TextBody = email.TextBody,
            HtmlBody = email.HtmlBody,
        };
    }

    private static RenderedEmail Render(BulkMessage message, string firstName, string localParty, string? unsubscribeLink)
    {
        var template = MessageTemplate.Parse(message.Subject, MessageMerge.WithFooter(message.Body, message.Kind)).Template
            ?? throw new InvalidOperationException($"Message {message.Id} no longer parses.");
        var rendered = template.Render(MessageMerge.Values(firstName, localParty, unsubscribeLink));
        return rendered.Email ?? throw new InvalidOperationException($"Message {message.Id}: {rendered.Error}");
    }

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}
