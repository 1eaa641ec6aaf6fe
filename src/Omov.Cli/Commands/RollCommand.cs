using System.CommandLine;
using System.Globalization;
using Omov.Cli.Output;
using Omov.Data.Repositories;
using Omov.Data.Rolls;
using Omov.Data.Services;
using Omov.Elections.Audit;
using Omov.Elections.Eligibility;
using Omov.Elections.Rolls;
using Omov.Elections.Rulebooks;

namespace Omov.Cli.Commands;

/// <summary>
/// <c>omov roll freeze|explain|diff|check</c>: who may vote in a contest, why, and the frozen,
/// digest-stamped listing of them.
/// </summary>
internal static class RollCommand
{
    public static Command Create(CliContext context) => new("roll", "Electoral rolls: freeze a contest's roll and approve it, compare rolls, explain one member, count who is eligible, check a listing.")
    {
        Freeze(context),
        Approve(context),
        Diff(context),
        Explain(context),
        Counts(context),
        Check(context),
    };

    private static Command Freeze(CliContext context)
    {
        var rulebook = new Option<string>("--rulebook", "-r")
        {
            Description = "Freeze a trial roll under this rulebook (a preset's id or a JSON file) into --out only, storing nothing. Without it, the stored contest's rulebook is used and the roll is stored.",
            HelpName = "PRESET|FILE",
        };
        var contest = new Option<string>("--contest", "-c") { Description = "The contest's code (see 'omov contest list'); with --rulebook, any identifier for the roll's header.", HelpName = "CODE", Required = true };
        var output = new Option<string>("--out", "-o") { Description = "Also write the roll's canonical listing to FILE (required with --rulebook).", HelpName = "FILE" };
        var db = DatabaseOption.Create();
        var command = new Command("freeze", "Freeze a stored contest's roll from the register under its rulebook and store it, awaiting the returning officer's approval (a new freeze supersedes an unapproved one; an approved roll is final). Prints the SHA-256 digest to approve.")
        {
            rulebook, contest, output, db,
        };
        command.SetAction(parsed =>
        {
            var contestId = parsed.GetValue(contest)!;
            var path = parsed.GetValue(output);
            if (parsed.GetValue(rulebook) is { } trial)
            {
                return FreezeTrial(context, trial, contestId, path, parsed.GetValue(db)!);
            }

            return ContestCommand.WithDatabase(context, parsed.GetValue(db)!, database =>
            {
                var members = database.Members.CountAsync().GetAwaiter().GetResult();
                var result = MemberProgressBar.Run(context, $"Freezing the roll of {contestId}", members, progress =>
                    new RollService(database).FreezeAsync(contestId, CliAudit.Actor, progress));
                if (ServiceOutcome.Value(context, result) is not { } frozen)
                {
                    return ExitCodes.BadInput;
                }

                var roll = frozen.Roll;
                if (path is not null)
                {
                    File.WriteAllText(path, roll.Listing(), new System.Text.UTF8Encoding(false));
                }

                context.Out.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"Froze {roll.Entries.Count} voters for {contestId} under {roll.RulebookId} version {roll.RulebookVersion}: email {Count(roll, DeliveryChannel.Email)}, post {Count(roll, DeliveryChannel.Post)}, no contact {Count(roll, DeliveryChannel.NoContact)}."));
                context.Out.WriteLine($"Digest (SHA-256 of the canonical listing{(path is null ? string.Empty : ", " + Path.GetFileName(path))}): {roll.Digest}");
                if (frozen.Superseded is { } old)
                {
                    context.Out.WriteLine($"It supersedes the unapproved roll {old.Digest}.");
                }

                context.Out.WriteLine($"Awaiting approval: omov roll approve --contest {contestId} --digest {roll.Digest} --as USERNAME");
                return ExitCodes.Success;
            });
        });
        return command;
    }

    private static int FreezeTrial(CliContext context, string rulebookName, string contestId, string? path, string connection)
    {
        if (path is null)
        {
            context.Fail("--out is required with --rulebook: a trial freeze is written to a file and not stored");
            return ExitCodes.BadInput;
        }

        if (LoadRulebook(context, rulebookName) is not { } rules)
        {
            return ExitCodes.BadInput;
        }

        if (contestId.Length == 0 || contestId.Any(c => c is '\t' or '\n' or '\r'))
        {
            context.Fail("--contest must be a non-empty identifier without tabs or line breaks");
            return ExitCodes.BadInput;
        }

        using var database = DatabaseOption.Open(context, connection);
        if (database is null)
        {
            return ExitCodes.BadInput;
        }

        var tree = new OrganisationTree(database.Units.ListAsync().GetAwaiter().GetResult());
        var fields = EligibilityFields.Of(rules) | MemberFields.Contact | MemberFields.Sections;
        var roll = Progress.Run(context, true, "Freezing the roll...", () =>
            Roll.Freeze(contestId, rules, database.Members.ReadLean(fields, EligibilityFields.AdmittedStatuses(rules)), tree, TimeProvider.System));
        File.WriteAllText(path, roll.Listing(), new System.Text.UTF8Encoding(false));
        if (!CliAudit.Record(context, database, AuditActions.RollFrozen, contestId, new Dictionary<string, string>
        {
            ["rulebook"] = rules.Id,
            ["rulebookVersion"] = rules.Version.ToString(CultureInfo.InvariantCulture),
            ["voters"] = roll.Entries.Count.ToString(CultureInfo.InvariantCulture),
            ["digest"] = roll.Digest,
            ["stored"] = "no",
        }))
        {
            return ExitCodes.Failure;
        }

        context.Out.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"Froze {roll.Entries.Count} voters for {contestId} under {rules.Id} version {rules.Version}: email {Count(roll, DeliveryChannel.Email)}, post {Count(roll, DeliveryChannel.Post)}, no contact {Count(roll, DeliveryChannel.NoContact)}."));
        context.Out.WriteLine($"Digest (SHA-256 of {Path.GetFileName(path)}): {roll.Digest}");
        return ExitCodes.Success;
    }

    private static Command Approve(CliContext context)
    {
        var contest = new Option<string>("--contest", "-c") { Description = "The contest's code.", HelpName = "CODE", Required = true };
        var digest = new Option<string>("--digest") { Description = "The full SHA-256 digest of the roll you checked (64 hex digits), as 'omov roll freeze' or 'omov contest show' printed it.", HelpName = "SHA256", Required = true };
        var approver = new Option<string>("--as") { Description = "Your staff account's username: it must hold the returning officer role.", HelpName = "USERNAME", Required = true };
        var db = DatabaseOption.Create();
        var command = new Command("approve", "Approve the contest's roll awaiting approval, as its returning officer, confirming its digest. An approved roll is final.") { contest, digest, approver, db };
        command.SetAction(parsed => ContestCommand.WithDatabase(context, parsed.GetValue(db)!, database =>
        {
            var username = parsed.GetValue(approver)!;
            var account = database.StaffAccounts.GetAsync(username).GetAwaiter().GetResult();
            if (account is null)
            {
                context.Fail($"--as: no staff account is called '{username}'");
                return ExitCodes.BadInput;
            }

            var result = new RollService(database).ApproveAsync(parsed.GetValue(contest)!, parsed.GetValue(digest)!, account).GetAwaiter().GetResult();
            if (ServiceOutcome.Value(context, result) is not { } approved)
            {
                return ExitCodes.BadInput;
            }

            context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Approved the roll of {approved.ContestCode}: {approved.EntryCount} voters, digest {approved.Digest}, by {approved.ApprovedBy} at {ContestCommand.Time(approved.ApprovedAt!.Value)}."));
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command Counts(CliContext context)
    {
        var contest = new Option<string>("--contest", "-c") { Description = "The contest's code.", HelpName = "CODE", Required = true };
        var db = DatabaseOption.Create();
        var command = new Command("counts", "How the contest's rulebook divides the register now: eligible members, by section, and how many each rule leaves off.") { contest, db };
        command.SetAction(parsed => ContestCommand.WithDatabase(context, parsed.GetValue(db)!, database =>
        {
            var code = parsed.GetValue(contest)!;
            var members = database.Members.CountAsync().GetAwaiter().GetResult();
            var result = MemberProgressBar.Run(context, $"Counting {code}", members, progress => new RollService(database).CountsAsync(code, CliAudit.Actor, progress));
            if (ServiceOutcome.Value(context, result) is not { } counts)
            {
                return ExitCodes.BadInput;
            }

            var output = context.Out;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{counts.Contest.Code} under {counts.Contest.RulebookId} version {counts.Contest.RulebookVersion}: {counts.Eligible:N0} of {counts.Members:N0} members eligible, {counts.Ineligible:N0} not."));
            output.WriteLine("Eligible by section:");
            foreach (var section in counts.EligibleBySection)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {section.Count,10:N0}  {section.Section}"));
            }

            if (counts.IneligibleByRule.Count > 0)
            {
                output.WriteLine("Not eligible, by the first rule failed:");
                foreach (var rule in counts.IneligibleByRule)
                {
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {rule.Count,10:N0}  {rule.Description}"));
                }
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command Explain(CliContext context)
    {
        var number = new Argument<string?>("MEMBER") { Description = "The membership number (or give --member).", Arity = ArgumentArity.ZeroOrOne };
        var memberOption = new Option<string>("--member", "-m") { Description = "The membership number.", HelpName = "NUMBER" };
        var contest = new Option<string>("--contest", "-c") { Description = "A stored contest's code: explain under its rulebook.", HelpName = "CODE" };
        var rulebook = new Option<string>("--rulebook", "-r") { Description = "Or a preset's id or a rulebook JSON file.", HelpName = "PRESET|FILE" };
        var db = DatabaseOption.Create();
        var command = new Command("explain", "Say whether a member may vote in a contest (or under a rulebook), rule by rule, with the dates involved.") { number, memberOption, contest, rulebook, db };
        command.SetAction(parsed =>
        {
            var membershipNumber = parsed.GetValue(memberOption) ?? parsed.GetValue(number);
            var code = parsed.GetValue(contest);
            var rulebookName = parsed.GetValue(rulebook);
            if (membershipNumber is null)
            {
                context.Fail("give the membership number, as MEMBER or --member");
                return ExitCodes.BadInput;
            }

            if ((code is null) == (rulebookName is null))
            {
                context.Fail("give either --contest CODE or --rulebook PRESET|FILE");
                return ExitCodes.BadInput;
            }

            if (code is not null)
            {
                return ContestCommand.WithDatabase(context, parsed.GetValue(db)!, database =>
                {
                    if (ServiceOutcome.Value(context, new RollService(database).ExplainAsync(code, membershipNumber, CliAudit.Actor).GetAwaiter().GetResult()) is not { } explained)
                    {
                        return ExitCodes.BadInput;
                    }

                    WriteDecision(context.Out, $"{membershipNumber} in {explained.Contest.Code} ({explained.Contest.Title})", explained.Decision);
                    return ExitCodes.Success;
                });
            }

            if (LoadRulebook(context, rulebookName!) is not { } rules)
            {
                return ExitCodes.BadInput;
            }

            using var database = DatabaseOption.Open(context, parsed.GetValue(db)!);
            if (database is null)
            {
                return ExitCodes.BadInput;
            }

            var member = database.Members.GetAsync(membershipNumber).GetAwaiter().GetResult();
            if (member is null)
            {
                context.Fail($"no member has the number '{membershipNumber}'");
                return ExitCodes.BadInput;
            }

            // Personal data viewed: logged before it is shown.
            if (!CliAudit.Record(context, database, AuditActions.MemberViewed, membershipNumber, new Dictionary<string, string>
            {
                ["rulebook"] = rules.Id,
                ["rulebookVersion"] = rules.Version.ToString(CultureInfo.InvariantCulture),
            }))
            {
                return ExitCodes.Failure;
            }

            var tree = new OrganisationTree(database.Units.ListAsync().GetAwaiter().GetResult());
            WriteDecision(context.Out, $"{membershipNumber} under {rules.Title}", EligibilityEvaluator.Evaluate(member, rules, tree));
            return ExitCodes.Success;
        });
        return command;
    }

    private static void WriteDecision(TextWriter output, string heading, EligibilityDecision decision)
    {
        output.WriteLine($"{heading}: {decision.Summary}");
        foreach (var outcome in decision.Rules)
        {
            WriteOutcome(output, outcome, 1);
        }
    }

    private static Command Diff(CliContext context)
    {
        var before = new Argument<string>("BEFORE") { Description = "The earlier roll: a listing file, or a stored roll's digest (at least 6 leading hex digits)." };
        var after = new Argument<string>("AFTER") { Description = "The later roll, likewise." };
        var db = DatabaseOption.Create();
        var command = new Command("diff", "Compare two frozen rolls (files or stored rolls by digest): who was added, who was removed, whose channel changed.") { before, after, db };
        command.SetAction(parsed =>
        {
            var first = parsed.GetValue(before)!;
            var second = parsed.GetValue(after)!;
            if (File.Exists(first) && File.Exists(second))
            {
                if (ReadRoll(context, first) is not { } a || ReadRoll(context, second) is not { } b)
                {
                    return ExitCodes.BadInput;
                }

                WriteDiff(context.Out, RollDiff.Between(a, b));
                return ExitCodes.Success;
            }

            return ContestCommand.WithDatabase(context, parsed.GetValue(db)!, database =>
            {
                var rolls = new RollService(database);
                if (Stored(context, rolls, first) is not { } a || Stored(context, rolls, second) is not { } b)
                {
                    return ExitCodes.BadInput;
                }

                WriteDiff(context.Out, rolls.DiffAsync(a, b, CliAudit.Actor).GetAwaiter().GetResult());
                return ExitCodes.Success;
            });
        });
        return command;
    }

    private static StoredRoll? Stored(CliContext context, RollService rolls, string reference)
    {
        if (File.Exists(reference))
        {
            context.Fail($"{Path.GetFileName(reference)}: compare two files or two stored rolls, not one of each");
            return null;
        }

        return ServiceOutcome.Value(context, rolls.FindAsync(reference).GetAwaiter().GetResult());
    }

    private static void WriteDiff(TextWriter output, RollDiff diff)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{diff.Added.Count} added, {diff.Removed.Count} removed, {diff.ChannelChanged.Count} channel(s) changed."));
        foreach (var number in diff.Added)
        {
            output.WriteLine("+ " + number);
        }

        foreach (var number in diff.Removed)
        {
            output.WriteLine("- " + number);
        }

        foreach (var change in diff.ChannelChanged)
        {
            output.WriteLine($"~ {change}");
        }
    }

    private static Command Check(CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = "A roll listing." };
        var digest = new Option<string>("--digest") { Description = "The digest the roll was published with; exit 1 if the file does not match it.", HelpName = "SHA256" };
        var command = new Command("check", "Read a roll listing, check its form, and print its digest (or compare it with a published one).") { file, digest };
        command.SetAction(parsed =>
        {
            if (ReadRoll(context, parsed.GetValue(file)!) is not { } roll)
            {
                return ExitCodes.BadInput;
            }

            var expected = parsed.GetValue(digest);
            if (expected is not null && !string.Equals(expected, roll.Digest, StringComparison.OrdinalIgnoreCase))
            {
                context.Out.WriteLine($"FAILED: the digest is {roll.Digest}, not {expected}");
                return ExitCodes.Failure;
            }

            context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"OK: {roll.ContestId}, {roll.Entries.Count} voters, rulebook {roll.RulebookId} version {roll.RulebookVersion}, digest {roll.Digest}"));
            return ExitCodes.Success;
        });
        return command;
    }

    private static Rulebook? LoadRulebook(CliContext context, string nameOrFile)
    {
        var preset = Presets.Find(nameOrFile);
        if (preset is not null)
        {
            return preset.Rulebook;
        }

        if (!File.Exists(nameOrFile))
        {
            context.Fail($"--rulebook: '{nameOrFile}' is neither a preset (see 'omov rulebook list') nor a file");
            return null;
        }

        var result = RulebookJson.Load(File.ReadAllText(nameOrFile));
        if (!result.Success)
        {
            var more = result.Errors.Count > 1 ? $" (and {result.Errors.Count - 1} more problem(s))" : string.Empty;
            context.Fail($"{Path.GetFileName(nameOrFile)}: {result.Errors[0]}{more}");
            return null;
        }

        return result.Rulebook;
    }

    private static Roll? ReadRoll(CliContext context, string path)
    {
        if (!File.Exists(path))
        {
            context.Fail($"{Path.GetFileName(path)}: file not found");
            return null;
        }

        var read = RollListingReader.Read(File.ReadAllText(path), Path.GetFileName(path));
        if (!read.Success)
        {
            context.Fail(read.Error);
            return null;
        }

        return read.Roll;
    }

    private static int Count(Roll roll, DeliveryChannel channel) => roll.CountsByChannel.GetValueOrDefault(channel);

    private static void WriteOutcome(TextWriter output, RuleOutcome outcome, int depth)
    {
        output.WriteLine($"{new string(' ', depth * 2)}{(outcome.Passed ? "pass" : "FAIL")}  {outcome.Reason}");
        foreach (var child in outcome.Children)
        {
            WriteOutcome(output, child, depth + 1);
        }
    }
}
