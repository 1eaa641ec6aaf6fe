using System.CommandLine;
using System.Globalization;
using Omov.Data.Services;
using Omov.Elections.Nominations;

namespace Omov.Cli.Commands;

/// <summary>Setting up nominations: the period and thresholds, the candidates, and the affiliates and MPs/MEPs who may nominate.</summary>
internal static partial class NominationsCommand
{
    private static Command Open(CliContext context)
    {
        var contest = new Option<string>("--contest") { Description = "The stored contest's code.", HelpName = "CODE", Required = true };
        var opens = new Option<string>("--opens") { Description = "When nominations open, local time (yyyy-MM-ddTHH:mm).", HelpName = "TIME", Required = true };
        var closes = new Option<string>("--closes") { Description = "When nominations close, local time; a nomination at or after it is late (2020-02-15 means midnight at the end of 14 Feb).", HelpName = "TIME", Required = true };
        var thresholds = new Option<string>("--thresholds") { Description = "A preset's id (see 'omov nominations thresholds') or a thresholds JSON file.", HelpName = "PRESET|FILE", Required = true };
        var zone = new Option<string>("--zone") { Description = "The organisation's time zone (IANA id).", HelpName = "ZONE", DefaultValueFactory = _ => "Europe/London" };
        var db = DatabaseOption.Create();
        var command = new Command("open", "Set (or change) a contest's nomination period and thresholds.") { contest, opens, closes, thresholds, zone, db };
        command.SetAction(parsed =>
        {
            if (LoadThresholds(context, parsed.GetValue(thresholds)!, "--thresholds") is not { } rules
                || LocalTime(context, parsed.GetValue(opens)!, "--opens") is not { } from
                || LocalTime(context, parsed.GetValue(closes)!, "--closes") is not { } until)
            {
                return ExitCodes.BadInput;
            }

            return ContestCommand.WithDatabase(context, parsed.GetValue(db)!, database =>
            {
                var service = new NominationService(database);
                if (ServiceOutcome.Value(context, service.SetPeriodAsync(parsed.GetValue(contest)!, from, until, parsed.GetValue(zone)!, rules, CliAudit.Actor).GetAwaiter().GetResult()) is not { } period)
                {
                    return ExitCodes.BadInput;
                }

                context.Out.WriteLine($"{period.ContestCode} takes nominations from {NominationChecks.Local(period.OpensAt, period.TimeZone)} until {NominationChecks.Local(period.ClosesAt, period.TimeZone)} under {rules.Id} version {rules.Version}.");
                return ExitCodes.Success;
            });
        });
        return command;
    }

    private static Command Candidate(CliContext context)
    {
        var contest = new Option<string>("--contest") { Description = "The contest's code.", HelpName = "CODE", Required = true };
        var code = new Option<string>("--code") { Description = "The candidate's short code in the contest.", HelpName = "CODE", Required = true };
        var name = new Option<string>("--name") { Description = "The name as it will be printed on the ballot.", HelpName = "NAME", Required = true };
        var member = new Option<string>("--member") { Description = "The candidate's membership number (their eligibility is read from that record).", HelpName = "NUMBER", Required = true };
        var statement = new Option<string?>("--statement-file") { Description = "A text file with the candidate's statement.", HelpName = "FILE" };
        var groups = new Option<string[]>("--group") { Description = "A group for the count's constraints, e.g. women (repeatable).", HelpName = "GROUP", AllowMultipleArgumentsPerToken = false };
        var db = DatabaseOption.Create();
        var command = new Command("candidate", "Add a candidate seeking nominations.") { contest, code, name, member, statement, groups, db };
        command.SetAction(parsed =>
        {
            var file = parsed.GetValue(statement);
            if (file is not null && !File.Exists(file))
            {
                context.Fail($"--statement-file: '{file}' does not exist");
                return ExitCodes.BadInput;
            }

            var candidate = new NominationCandidate(parsed.GetValue(code)!, parsed.GetValue(name)!, parsed.GetValue(member)!,
                file is null ? "" : File.ReadAllText(file).Trim(), parsed.GetValue(groups) ?? []);
            return ContestCommand.WithDatabase(context, parsed.GetValue(db)!, database =>
            {
                if (ServiceOutcome.Value(context, new NominationService(database).AddCandidateAsync(parsed.GetValue(contest)!, candidate, CliAudit.Actor).GetAwaiter().GetResult()) is null)
                {
                    return ExitCodes.BadInput;
                }

                context.Out.WriteLine($"Added candidate {candidate.Code} to {parsed.GetValue(contest)}.");
                return ExitCodes.Success;
            });
        });
        return command;
    }

    private static Command Body(CliContext context)
    {
        var kind = new Option<string>("--kind") { Description = "union, society (affiliates), mp or mep (elected members). Local parties are the organisation's units.", HelpName = "KIND", Required = true };
        var code = new Option<string>("--code") { Description = "The body's short code.", HelpName = "CODE", Required = true };
        var name = new Option<string>("--name") { Description = "Its name.", HelpName = "NAME", Required = true };
        var membership = new Option<long?>("--membership") { Description = "An affiliate's affiliated membership (the figure the rules count).", HelpName = "N" };
        var db = DatabaseOption.Create();
        var command = new Command("body", "Add or change an affiliate or an MP/MEP who may nominate.") { kind, code, name, membership, db };
        command.SetAction(parsed =>
        {
            var which = parsed.GetValue(kind)!.ToLowerInvariant();
            if (which is not ("union" or "society" or "mp" or "mep"))
            {
                context.Fail($"--kind: '{which}' is not union, society, mp or mep");
                return ExitCodes.BadInput;
            }

            if (which is "union" or "society" && parsed.GetValue(membership) is null)
            {
                context.Fail("--membership: an affiliate needs its affiliated membership");
                return ExitCodes.BadInput;
            }

            return ContestCommand.WithDatabase(context, parsed.GetValue(db)!, database =>
            {
                var service = new NominationService(database);
                var ok = which is "union" or "society"
                    ? ServiceOutcome.Value(context, service.SetAffiliateAsync(new Affiliate(parsed.GetValue(code)!, parsed.GetValue(name)!, which == "union" ? AffiliateKind.TradeUnion : AffiliateKind.SocialistSociety, parsed.GetValue(membership)!.Value), CliAudit.Actor).GetAwaiter().GetResult()) is not null
                    : ServiceOutcome.Value(context, service.SetElectedMemberAsync(new ElectedMember(parsed.GetValue(code)!, parsed.GetValue(name)!, which == "mp" ? ElectedHouse.Commons : ElectedHouse.EuropeanParliament), CliAudit.Actor).GetAwaiter().GetResult()) is not null;
                if (!ok)
                {
                    return ExitCodes.BadInput;
                }

                context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Saved {which} {parsed.GetValue(code)}."));
                return ExitCodes.Success;
            });
        });
        return command;
    }
}
