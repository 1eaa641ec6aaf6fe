using System.CommandLine;
using System.Globalization;
using Omov.Cli.Output;
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
    public static Command Create(CliContext context) => new("roll", "Electoral rolls: freeze the eligible members of a contest, explain one member's eligibility, compare or check frozen rolls.")
    {
        Freeze(context),
        Explain(context),
        Diff(context),
        Check(context),
    };

    private static Option<string> RulebookOption() => new("--rulebook", "-r")
    {
        Description = "A preset's id (see 'omov rulebook list') or a rulebook JSON file.",
        HelpName = "PRESET|FILE",
        Required = true,
    };

    private static Command Freeze(CliContext context)
    {
        var rulebook = RulebookOption();
        var contest = new Option<string>("--contest", "-c") { Description = "The contest's identifier, written into the roll's header.", HelpName = "ID", Required = true };
        var output = new Option<string>("--out", "-o") { Description = "Where to write the roll's canonical listing.", HelpName = "FILE", Required = true };
        var db = DatabaseOption.Create();
        var command = new Command("freeze", "Freeze the members the rulebook admits into a roll: a sorted listing of membership numbers and channels, stamped with its SHA-256 digest.")
        {
            rulebook, contest, output, db,
        };
        command.SetAction(parsed =>
        {
            if (LoadRulebook(context, parsed.GetValue(rulebook)!) is not { } rules)
            {
                return ExitCodes.BadInput;
            }

            var contestId = parsed.GetValue(contest)!;
            if (contestId.Length == 0 || contestId.Any(c => c is '\t' or '\n' or '\r'))
            {
                context.Fail("--contest must be a non-empty identifier without tabs or line breaks");
                return ExitCodes.BadInput;
            }

            using var database = DatabaseOption.Open(context, parsed.GetValue(db)!);
            if (database is null)
            {
                return ExitCodes.BadInput;
            }

            var tree = new OrganisationTree(database.Units.ListAsync().GetAwaiter().GetResult());
            var roll = Progress.Run(context, true, "Freezing the roll...", () =>
                Roll.Freeze(contestId, rules, database.Members.StreamAllAsync().ToBlockingEnumerable(), tree, TimeProvider.System));
            var path = parsed.GetValue(output)!;
            File.WriteAllText(path, roll.Listing(), new System.Text.UTF8Encoding(false));
            if (!CliAudit.Record(context, database, AuditActions.RollFrozen, contestId, new Dictionary<string, string>
            {
                ["rulebook"] = rules.Id,
                ["rulebookVersion"] = rules.Version.ToString(CultureInfo.InvariantCulture),
                ["voters"] = roll.Entries.Count.ToString(CultureInfo.InvariantCulture),
                ["digest"] = roll.Digest,
            }))
            {
                return ExitCodes.Failure;
            }

            context.Out.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"Froze {roll.Entries.Count} voters for {contestId} under {rules.Id} version {rules.Version}: email {Count(roll, DeliveryChannel.Email)}, post {Count(roll, DeliveryChannel.Post)}, no contact {Count(roll, DeliveryChannel.NoContact)}."));
            context.Out.WriteLine($"Digest (SHA-256 of {Path.GetFileName(path)}): {roll.Digest}");
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Explain(CliContext context)
    {
        var number = new Argument<string>("MEMBER") { Description = "The membership number." };
        var rulebook = RulebookOption();
        var db = DatabaseOption.Create();
        var command = new Command("explain", "Say whether a member may vote under a rulebook, rule by rule, with the dates involved.") { number, rulebook, db };
        command.SetAction(parsed =>
        {
            if (LoadRulebook(context, parsed.GetValue(rulebook)!) is not { } rules)
            {
                return ExitCodes.BadInput;
            }

            using var database = DatabaseOption.Open(context, parsed.GetValue(db)!);
            if (database is null)
            {
                return ExitCodes.BadInput;
            }

            var membershipNumber = parsed.GetValue(number)!;
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
            var decision = EligibilityEvaluator.Evaluate(member, rules, tree);
            context.Out.WriteLine($"{membershipNumber} under {rules.Title}: {decision.Summary}");
            foreach (var outcome in decision.Rules)
            {
                WriteOutcome(context.Out, outcome, 1);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Diff(CliContext context)
    {
        var before = new Argument<string>("BEFORE") { Description = "The earlier roll listing." };
        var after = new Argument<string>("AFTER") { Description = "The later roll listing." };
        var command = new Command("diff", "Compare two frozen rolls: who was added, who was removed, whose channel changed.") { before, after };
        command.SetAction(parsed =>
        {
            if (ReadRoll(context, parsed.GetValue(before)!) is not { } a || ReadRoll(context, parsed.GetValue(after)!) is not { } b)
            {
                return ExitCodes.BadInput;
            }

            var diff = RollDiff.Between(a, b);
            context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{diff.Added.Count} added, {diff.Removed.Count} removed, {diff.ChannelChanged.Count} channel(s) changed."));
            foreach (var number in diff.Added)
            {
                context.Out.WriteLine("+ " + number);
            }

            foreach (var number in diff.Removed)
            {
                context.Out.WriteLine("- " + number);
            }

            foreach (var change in diff.ChannelChanged)
            {
                context.Out.WriteLine($"~ {change}");
            }

            return ExitCodes.Success;
        });
        return command;
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
