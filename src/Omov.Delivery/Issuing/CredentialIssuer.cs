using System.Globalization;
using Omov.Data;
using Omov.Data.Issuing;
using Omov.Data.Outbox;
using Omov.Data.Services;
using Omov.Data.Voting;
using Omov.Delivery.Post;
using Omov.Delivery.Post.Batches;
using Omov.Elections.Audit;
using Omov.Elections.Credentials;
using Omov.Elections.Events;
using Omov.Elections.Rolls;

namespace Omov.Delivery.Issuing;

/// <summary>
/// Issues a ballot event's credentials (docs/issuing-ballots.md): every member on an approved roll
/// of its contests gets ONE ballot covering every contest they vote in and ONE voting code, kept
/// only as a hash. By email: the ballot email is queued in the same transaction as the hash. By
/// post: the pack is spooled to disk before that transaction commits, and printed at the end.
/// A run stopped at any point is finished by running it again: members already issued are skipped.
/// Lives beside the postal packs (Omov.Delivery) because it makes them; storage is Omov.Data's.
/// </summary>
public sealed class CredentialIssuer
{
    private readonly OmovDatabase _database;

    public CredentialIssuer(OmovDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
    }

    /// <summary>
    /// Issues the credentials of event <paramref name="eventCode"/>; only while it is scheduled or
    /// open and every roll is approved. Audited as <c>event.credentials-issued</c> (counts only).
    /// </summary>
    public async Task<ServiceResult<IssueSummary>> IssueAsync(string eventCode, IssueOptions options, string actor, IProgress<IssueProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventCode);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.BatchSize, 1);
        if (!options.VotingPage.IsAbsoluteUri || (options.VotingPage.Scheme != Uri.UriSchemeHttps && options.VotingPage.Scheme != Uri.UriSchemeHttp))
        {
            return ServiceResult.Fail<IssueSummary>(ServiceFailure.Invalid, $"the voting page '{options.VotingPage}' is not an absolute http(s) address");
        }

        var ballotEvent = await _database.BallotEvents.GetAsync(eventCode, cancellationToken).ConfigureAwait(false);
        if (ballotEvent is null)
        {
            return ServiceResult.Fail<IssueSummary>(ServiceFailure.NotFound, $"there is no event {eventCode}");
        }

        if (ballotEvent.Status is not (BallotEventStatus.Scheduled or BallotEventStatus.Open))
        {
            return ServiceResult.Fail<IssueSummary>(ServiceFailure.Conflict,
                $"event {eventCode} is {BallotEventLifecycle.Name(ballotEvent.Status)}: credentials are issued only once it is scheduled, and until it closes");
        }

        var rolls = await EventRolls.ReadAsync(_database, ballotEvent, cancellationToken).ConfigureAwait(false);
        if (rolls.NotApproved.Count > 0)
        {
            return ServiceResult.Fail<IssueSummary>(ServiceFailure.Conflict, $"the roll of {string.Join(", ", rolls.NotApproved)} has not been approved");
        }

        var run = new Run(this, ballotEvent, rolls, options, progress);
        var summary = await run.IssueAsync(cancellationToken).ConfigureAwait(false);
        if (options.PostFolder is not null)
        {
            summary = summary with { Print = await PrintAsync(ballotEvent, options, cancellationToken).ConfigureAwait(false) };
        }

        await _database.AuditLog.AppendAsync(actor, AuditActions.EventCredentialsIssued, ballotEvent.Code, new Dictionary<string, string>
        {
            ["emailed"] = summary.Emailed.ToString(CultureInfo.InvariantCulture),
            ["posted"] = summary.Posted.ToString(CultureInfo.InvariantCulture),
            ["postLeft"] = summary.PostLeft.ToString(CultureInfo.InvariantCulture),
            ["noContact"] = summary.NoContact.Count.ToString(CultureInfo.InvariantCulture),
            ["printFiles"] = (summary.Print?.Files.Count ?? 0).ToString(CultureInfo.InvariantCulture),
        }, cancellationToken).ConfigureAwait(false);
        return ServiceResult.Ok(summary);
    }

    /// <summary>
    /// Prints every spooled pack of the event whose code is still the member's current one (a
    /// line from a batch that never committed, or a code since reissued, is dropped), then removes
    /// the spool. Null when nothing was waiting.
    /// </summary>
    private async Task<PostalBatchSummary?> PrintAsync(BallotEvent ballotEvent, IssueOptions options, CancellationToken cancellationToken)
    {
        var spool = new PostalSpool(options.PostFolder!, ballotEvent.Code);
        var files = spool.Files();
        if (files.Count == 0)
        {
            return null;
        }

        var ballot = BallotMessages.PostalBallot(ballotEvent, options.ReturnAddressLines, options.HelpContact);
        var packs = new List<PostalPack>();
        var eventId = ballotEvent.Id.ToString("D");
        foreach (var line in PostalSpool.Read(files))
        {
            var parsed = VotingCode.Parse(line.VotingCode);
            if (!parsed.Success)
            {
                continue;
            }

            var found = await _database.Votes.FindCredentialAsync(VotingCodeHash.Compute(eventId, parsed.Code), cancellationToken).ConfigureAwait(false);
            if (found is null || found.Status != CredentialStatus.Current || found.Voter.MembershipNumber != line.MembershipNumber)
            {
                continue;
            }

            packs.Add(new PostalPack
            {
                MembershipNumber = line.MembershipNumber,
                AddresseeName = line.AddresseeName,
                AddressLines = line.AddressLines,
                Postcode = line.Postcode,
                VotingCode = line.VotingCode,
                VotingUrl = line.VotingUrl,
                Ballot = ballot,
                ContestIndexes = line.ContestIndexes,
            });
        }

        PostalBatchSummary? printed = null;
        if (packs.Count > 0)
        {
            var stamp = _database.Time.GetUtcNow().ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture);
            var writer = new PostalBatchWriter(new PostalBatchOptions { Folder = options.PostFolder!, FilePrefix = $"{ballotEvent.Code}-{stamp}", PacksPerFile = options.PacksPerFile });
            var result = await writer.WriteAsync(packs, cancellationToken).ConfigureAwait(false);
            if (!result.Succeeded)
            {
                var problem = result.Problems[0];
                throw new InvalidOperationException($"postal pack of member {problem.MembershipNumber} cannot be printed: {problem.Field} {problem.Message}");
            }

            printed = result.Summary;
        }

        // Only once the print files exist: until then a rerun prints the same spool again.
        foreach (var file in files)
        {
            File.Delete(file);
        }

        return printed;
    }

    /// <summary>One pass over the members waiting for a ballot, in batches.</summary>
    private sealed class Run(CredentialIssuer issuer, BallotEvent ballotEvent, EventRolls rolls, IssueOptions options, IProgress<IssueProgress>? progress)
    {
        private readonly string _runId = Guid.NewGuid().ToString("N");
        private readonly string _eventId = ballotEvent.Id.ToString("D");
        private readonly PostalSpool? _spool = options.PostFolder is null ? null : new PostalSpool(options.PostFolder, ballotEvent.Code);
        private readonly List<string> _noContact = [];
        private long _emailed;
        private long _posted;
        private long _postLeft;
        private long _already;
        private long _done;

        public async Task<IssueSummary> IssueAsync(CancellationToken cancellationToken)
        {
            var issuing = issuer._database.Issuing;
            var total = await issuing.CountPendingAsync(ballotEvent.Id, rolls.Approved, cancellationToken).ConfigureAwait(false);
            progress?.Report(new IssueProgress(0, total));
            // Page past members left unissued (post without a folder, no contact), or they would be read forever.
            string? after = null;
            // Two stages in step: while one batch is written, the next is read and its codes and emails made
            // (the CPU work), so both cores are busy. Batches still commit one at a time and in order. The
            // write runs on the thread pool because SQLite's "async" calls complete synchronously.
            Task writing = Task.CompletedTask;
            while (true)
            {
                var page = await issuing.ReadPendingAsync(ballotEvent.Id, rolls.Approved, after, options.BatchSize + rolls.Approved.Count, cancellationToken).ConfigureAwait(false);
                if (page.Count == 0)
                {
                    break;
                }

                after = page[^1].Member.MembershipNumber;
                var batch = Prepare(page);
                await writing.ConfigureAwait(false);
                progress?.Report(new IssueProgress(_done - page.Count, total));
                writing = batch.Voters.Count == 0 ? Task.CompletedTask : Task.Run(() => WriteAsync(batch, cancellationToken), cancellationToken);
            }

            await writing.ConfigureAwait(false);
            progress?.Report(new IssueProgress(_done, total));
            return new IssueSummary { Emailed = _emailed, Posted = _posted, PostLeft = _postLeft, NoContact = _noContact, AlreadyIssued = _already };
        }

        /// <summary>The codes, hashes, emails and packs of one page of members: no storage touched.</summary>
        private Batch Prepare(IReadOnlyList<PendingVoter> page)
        {
            var voters = new List<NewVoter>(page.Count);
            var emails = new List<OutboxMessage>(page.Count);
            var packs = new List<SpoolLine>();
            var ballot = _spool is null ? null : BallotMessages.PostalBallot(ballotEvent, options.ReturnAddressLines, options.HelpContact);
            foreach (var pending in page)
            {
                _done++;
                var contests = ballotEvent.BallotFor(pending.RollContests);
                var member = pending.Member;
                var channel = ChannelFor(pending);
                if (contests.Count == 0 || channel == DeliveryChannel.NoContact)
                {
                    if (contests.Count > 0)
                    {
                        _noContact.Add(member.MembershipNumber);
                    }

                    continue;
                }

                if (channel == DeliveryChannel.Post && _spool is null)
                {
                    _postLeft++;
                    continue;
                }

                var code = VotingCode.Generate();
                voters.Add(new NewVoter(member.MembershipNumber, [.. contests.Select(c => c.Code)], channel, VotingCodeHash.Compute(_eventId, code)));
                if (channel == DeliveryChannel.Email)
                {
                    emails.Add(BallotMessages.Email(ballotEvent, member, code, contests, options.VotingPage, options.HelpContact));
                }
                else
                {
                    var pack = BallotMessages.PostalPack(ballotEvent, member, code, contests, options.VotingPage, ballot!);
                    packs.Add(new SpoolLine(pack.MembershipNumber, pack.AddresseeName, [.. pack.AddressLines], pack.Postcode, pack.VotingCode, pack.VotingUrl, pack.ContestIndexes?.ToArray()));
                }
            }

            return new Batch(voters, emails, packs);
        }

        private async Task WriteAsync(Batch batch, CancellationToken cancellationToken)
        {
            // Packs reach the disk before their codes commit (see PostalSpool).
            _spool?.Append(_runId, batch.Packs);
            var added = await issuer._database.Issuing.IssueBatchAsync(ballotEvent.Id, batch.Voters, batch.Emails, issuer._database.Time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
            foreach (var voter in batch.Voters)
            {
                if (!added.Contains(voter.MembershipNumber))
                {
                    _already++;
                }
                else if (voter.Channel == DeliveryChannel.Email)
                {
                    _emailed++;
                }
                else
                {
                    _posted++;
                }
            }
        }

        private sealed record Batch(List<NewVoter> Voters, List<OutboxMessage> Emails, List<SpoolLine> Packs);

        // The roll decided the channel at its freeze; the register may have lost an email or address since.
        private static DeliveryChannel ChannelFor(PendingVoter pending)
        {
            var member = pending.Member;
            var hasEmail = !string.IsNullOrWhiteSpace(member.Email);
            var hasAddress = member.Address is { } a && !string.IsNullOrWhiteSpace(a.Line1) && !string.IsNullOrWhiteSpace(a.Postcode);
            return pending.RollChannel switch
            {
                DeliveryChannel.Email when hasEmail => DeliveryChannel.Email,
                DeliveryChannel.Email or DeliveryChannel.Post when hasAddress => DeliveryChannel.Post,
                _ => DeliveryChannel.NoContact,
            };
        }
    }
}
