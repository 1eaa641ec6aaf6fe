using System.CommandLine;
using System.Globalization;
using Omov.Data.Nominations;
using Omov.Data.Services;
using Omov.Elections.Nominations;

namespace Omov.Cli.Commands;

/// <summary>Recording and withdrawing nominations, and sending the qualified candidates to a draft ballot event.</summary>
internal static partial class NominationsCommand
{
    private static Command Record(CliContext context)
    {
        var contest = new Option<string>("--contest") { Description = "The contest's code.", HelpName = "CODE", Required = true };
        var kind = new Option<string>("--body-kind") { Description = "local-party, affiliate or elected-member.", HelpName = "KIND", Required = true };
        var body = new Option<string>("--body") { Description = "The body's code (a local party's unit code, an affiliate's or an MP's/MEP's code).", HelpName = "CODE", Required = true };
        var candidate = new Option<string>("--candidate") { Description = "The candidate's code.", HelpName = "CODE", Required = true };
        var decision = new Option<string>("--decision") { Description = "The meeting or decision the nomination came from.", HelpName = "TEXT", Required = true };
        var db = DatabaseOption.Create();
        var command = new Command("record", "Record a body's nomination (refused, and audited as refused, outside the period, for a body that already nominated, or for an ineligible candidate).") { contest, kind, body, candidate, decision, db };
        command.SetAction(parsed =>
        {
            NominatingBodyKind? bodyKind = parsed.GetValue(kind)!.ToLowerInvariant() switch
            {
                "local-party" => NominatingBodyKind.LocalParty,
                "affiliate" => NominatingBodyKind.Affiliate,
                "elected-member" => NominatingBodyKind.ElectedMember,
                _ => null,
            };
            if (bodyKind is null)
            {
                context.Fail($"--body-kind: '{parsed.GetValue(kind)}' is not local-party, affiliate or elected-member");
                return ExitCodes.BadInput;
            }

            var request = new NominationRequest(parsed.GetValue(contest)!, bodyKind.Value, parsed.GetValue(body)!, parsed.GetValue(candidate)!, parsed.GetValue(decision)!);
            return ContestCommand.WithDatabase(context, parsed.GetValue(db)!, database =>
            {
                if (ServiceOutcome.Value(context, new NominationService(database).RecordAsync(request, CliAudit.Actor).GetAwaiter().GetResult()) is not { } nomination)
                {
                    return ExitCodes.BadInput;
                }

                context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Recorded nomination {nomination.Id}: {nomination.BodyCode} nominates {nomination.CandidateCode} in {nomination.ContestCode}."));
                return ExitCodes.Success;
            });
        });
        return command;
    }

    private static Command Withdraw(CliContext context)
    {
        var id = new Argument<long>("ID") { Description = "The nomination's number." };
        var reason = new Option<string>("--reason") { Description = "Why it is withdrawn (kept in the audit log).", HelpName = "TEXT", Required = true };
        var db = DatabaseOption.Create();
        var command = new Command("withdraw", "Withdraw a standing nomination; it stays on record, marked withdrawn.") { id, reason, db };
        command.SetAction(parsed => ContestCommand.WithDatabase(context, parsed.GetValue(db)!, database =>
        {
            if (ServiceOutcome.Value(context, new NominationService(database).WithdrawAsync(parsed.GetValue(id), parsed.GetValue(reason)!, CliAudit.Actor).GetAwaiter().GetResult()) is not { } nomination)
            {
                return ExitCodes.BadInput;
            }

            context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Withdrew nomination {nomination.Id} ({nomination.BodyCode} for {nomination.CandidateCode})."));
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command Send(CliContext context)
    {
        var contest = new Option<string>("--contest") { Description = "The contest whose qualified candidates are sent.", HelpName = "CODE", Required = true };
        var ballotEvent = new Option<string>("--event") { Description = "The DRAFT ballot event's code.", HelpName = "CODE", Required = true };
        var eventContest = new Option<string>("--event-contest") { Description = "The contest in the event whose candidates are replaced.", HelpName = "CODE", Required = true };
        var db = DatabaseOption.Create();
        var command = new Command("send", "Put the qualified candidates, with statements and groups, into a draft ballot event's contest.") { contest, ballotEvent, eventContest, db };
        command.SetAction(parsed => ContestCommand.WithDatabase(context, parsed.GetValue(db)!, database =>
        {
            var sent = new NominationService(database).SendQualifiedAsync(parsed.GetValue(contest)!, parsed.GetValue(ballotEvent)!, parsed.GetValue(eventContest)!, CliAudit.Actor).GetAwaiter().GetResult();
            if (ServiceOutcome.Value(context, sent) is not { } updated)
            {
                return ExitCodes.BadInput;
            }

            var filled = updated.Contest(parsed.GetValue(eventContest)!)!;
            context.Out.WriteLine($"{updated.Code}/{filled.Code} now has {filled.Candidates.Count} candidate(s): {string.Join(", ", filled.Candidates.Select(c => c.Name))}.");
            return ExitCodes.Success;
        }));
        return command;
    }
}
