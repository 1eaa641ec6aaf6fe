using System.CommandLine;
using System.Text;
using Omov.Cli.Output;
using Omov.Cli.Parsing;
using Omov.Counting;
using Omov.Counting.Blt;
using Omov.Counting.Methods;
using Omov.Counting.Ties;

namespace Omov.Cli.Commands;

/// <summary>
/// <c>omov count FILE... --method M</c>: reads BLT ballot files, counts each, and writes a
/// report per file to stdout or to <c>--out DIR</c>. Every file is read and checked before any
/// is counted, so bad input stops the run before it writes anything.
/// </summary>
internal static class CountCommand
{
    /// <summary>The method used when <c>--method</c> is not given: ERS97, Labour's default for NEC-style STV.</summary>
    public const string DefaultMethod = "ers97";

    public static Command Create(CliContext context)
    {
        var files = new Argument<string[]>("FILE")
        {
            Description = "BLT ballot files to count (each gives its own report).",
            Arity = ArgumentArity.OneOrMore,
        };
        var method = new Option<string>("--method", "-m")
        {
            Description = $"Counting method (see 'omov methods'). Default: {DefaultMethod}, the ERS97 STV rules Labour uses for NEC-style elections.",
            HelpName = "METHOD",
            DefaultValueFactory = _ => DefaultMethod,
        };
        var seats = new Option<int?>("--seats")
        {
            Description = "Seats to fill; overrides the number in the ballot file.",
            HelpName = "N",
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "Report format: text (a result sheet), json, csv, html (one self-contained page), or blt (the ballots rewritten as standard BLT, no count).",
            HelpName = "FORMAT",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong(ReportWriter.Names);
        var output = new Option<string?>("--out", "-o")
        {
            Description = "Write each report to DIR/<file name>.<format extension> instead of stdout (the folder is created if needed).",
            HelpName = "DIR",
        };
        var group = new Option<string[]>("--group")
        {
            Description = "A named group of candidates, by name or BLT number, e.g. --group women=3,5,\"Ann SMITH\". Repeatable.",
            HelpName = "GROUP=NAME,...",
        };
        var groupsFile = new Option<string?>("--groups")
        {
            Description = "A CSV file of groups: lines 'candidate,group' (header optional), candidate by name or number.",
            HelpName = "FILE",
        };
        var min = new Option<string[]>("--min")
        {
            Description = "At least N of a group must be elected, e.g. --min women=4. Repeatable.",
            HelpName = "GROUP=N",
        };
        var max = new Option<string[]>("--max")
        {
            Description = "At most N of a group may be elected. Repeatable.",
            HelpName = "GROUP=N",
        };
        var withdraw = new Option<string[]>("--withdraw")
        {
            Description = "Withdraw candidates before the count (e.g. a departed member in a casual-vacancy recount): names or BLT numbers, comma-separated. Repeatable.",
            HelpName = "NAME,...",
        };
        var keepElected = new Option<string[]>("--keep-elected")
        {
            Description = "Candidates who stay elected in a casual-vacancy recount (never excluded): names or BLT numbers, comma-separated. Repeatable.",
            HelpName = "NAME,...",
        };
        var tieBreak = new Option<string?>("--tie-break")
        {
            Description = "How ties that looking back cannot settle are decided: seed=S (the lot seed a report prints, to replay its lots) or order=NAME,NAME,... (a lot drawn by hand, most favoured first). Default: a seed derived from the ballots.",
            HelpName = "seed=S|order=NAME,...",
        };

        var command = new Command(
            "count",
            "Count BLT ballot files and write a report for each. Candidates are named as in the file (case, quotes and runs of spaces do not matter) or by number (1 = first in the file).\n"
            + "Example: omov count nec.blt --method ers97 --groups nec.groups.csv --min women=4 --format html --out results/\n"
            + "Exit codes: 0 done, 2 bad input (one line on stderr says what and where), 1 anything else.")
        {
            files, method, seats, format, output, group, groupsFile, min, max, withdraw, keepElected, tieBreak,
        };

        command.SetAction(parsed =>
        {
            var request = new CountRequest(
                parsed.GetRequiredValue(files),
                parsed.GetValue(method) ?? DefaultMethod,
                parsed.GetValue(seats),
                ReportWriter.Parse(parsed.GetValue(format) ?? "text"),
                parsed.GetValue(output),
                parsed.GetValue(group) ?? [],
                parsed.GetValue(groupsFile),
                parsed.GetValue(min) ?? [],
                parsed.GetValue(max) ?? [],
                parsed.GetValue(withdraw) ?? [],
                parsed.GetValue(keepElected) ?? [],
                parsed.GetValue(tieBreak));
            return Run(context, request);
        });
        return command;
    }

    private static int Run(CliContext context, CountRequest request)
    {
        // Checks run from the cheapest and most basic (option syntax) to the file-specific
        // (BLT errors, candidate names) to the count-specific (method, constraints), so the
        // message a user sees is about the first thing to fix.
        var shared = ParseShared(request);
        if (!shared.Success)
        {
            context.Fail(shared.Error);
            return ExitCodes.BadInput;
        }

        var plans = new List<CountPlan>();
        foreach (var path in request.Files)
        {
            var plan = Prepare(context, path, request, shared.Value);
            if (!plan.Success)
            {
                context.Fail(plan.Error);
                return ExitCodes.BadInput;
            }

            plans.Add(plan.Value);
        }

        ICountingMethod? countingMethod = null;
        if (request.Format != ReportFormat.Blt)
        {
            countingMethod = CountingMethods.Find(request.Method);
            if (countingMethod is null)
            {
                var known = CountingMethods.All.Count == 0 ? "none are built in" : "known methods: " + string.Join(", ", CountingMethods.All.Select(m => m.Name));
                context.Fail($"unknown method '{request.Method}' ({known}; see 'omov methods')");
                return ExitCodes.BadInput;
            }

            foreach (var plan in plans)
            {
                var problems = CountValidation.Check(plan.Ballots, plan.Options, countingMethod);
                if (problems.Count > 0)
                {
                    context.Fail($"{plan.FileName}: {string.Join("; ", problems)}");
                    return ExitCodes.BadInput;
                }
            }
        }

        var targets = Targets(request, plans);
        if (!targets.Success)
        {
            context.Fail(targets.Error);
            return ExitCodes.BadInput;
        }

        for (var i = 0; i < plans.Count; i++)
        {
            var plan = plans[i];
            var result = request.Format == ReportFormat.Blt
                ? null
                : Progress.Run(context, plan.Big, $"Counting {plan.FileName} by {request.Method}...", () => countingMethod!.Count(plan.Ballots, plan.Options));
            var report = ReportWriter.Render(request.Format, result, plan.Ballots, plan.FileName);
            if (targets.Value[i] is { } target)
            {
                File.WriteAllText(target, report, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            }
            else
            {
                if (i > 0 && request.Format == ReportFormat.Text)
                {
                    context.Out.Write('\n');
                }

                context.Out.Write(report);
            }
        }

        return ExitCodes.Success;
    }

    /// <summary>Options that do not depend on a ballot file: their syntax is checked once, before any file is read.</summary>
    private static Parsed<SharedOptions> ParseShared(CountRequest request)
    {
        var groups = new List<GroupSpec>();
        foreach (var text in request.Groups)
        {
            var spec = GroupSpec.Parse(text);
            if (!spec.Success)
            {
                return Parsed<SharedOptions>.Fail(spec.Error);
            }

            groups.Add(spec.Value);
        }

        if (request.GroupsFile is { } groupsFile)
        {
            var fromFile = GroupsFile.Read(groupsFile);
            if (!fromFile.Success)
            {
                return Parsed<SharedOptions>.Fail(fromFile.Error);
            }

            groups.AddRange(fromFile.Value);
        }

        var limits = new List<GroupLimit>();
        foreach (var (texts, kind) in new[] { (request.Minimums, GroupLimitKind.Minimum), (request.Maximums, GroupLimitKind.Maximum) })
        {
            foreach (var text in texts)
            {
                var limit = LimitSpec.Parse(text, kind);
                if (!limit.Success)
                {
                    return Parsed<SharedOptions>.Fail(limit.Error);
                }

                limits.Add(limit.Value);
            }
        }

        TieBreakSpec? tieBreak = null;
        if (request.TieBreak is { } tieText)
        {
            var parsed = TieBreakSpec.Parse(tieText);
            if (!parsed.Success)
            {
                return Parsed<SharedOptions>.Fail(parsed.Error);
            }

            tieBreak = parsed.Value;
        }

        if (request.Seats is < 1)
        {
            return Parsed<SharedOptions>.Fail($"--seats must be at least 1 (got {request.Seats})");
        }

        return Parsed<SharedOptions>.Ok(new SharedOptions(groups, limits, tieBreak));
    }

    private static Parsed<CountPlan> Prepare(CliContext context, string path, CountRequest request, SharedOptions shared)
    {
        if (Directory.Exists(path))
        {
            return Parsed<CountPlan>.Fail($"{path}: is a folder, not a ballot file");
        }

        if (!File.Exists(path))
        {
            return Parsed<CountPlan>.Fail($"{path}: file not found");
        }

        var big = new FileInfo(path).Length >= Progress.BigFile;
        var read = Progress.Run(context, big, $"Reading {Path.GetFileName(path)}...", () => ReadBlt(path));
        if (!read.Success)
        {
            return Parsed<CountPlan>.Fail(read.Error);
        }

        var ballots = read.Value;
        var candidates = ballots.Candidates;
        var name = Path.GetFileName(path);
        Parsed<CountPlan> Fail(string error) => Parsed<CountPlan>.Fail($"{name}: {error}");

        var withdraw = CandidateReferences.ResolveAll(candidates, request.Withdraw.SelectMany(CandidateReferences.Split), "--withdraw");
        if (!withdraw.Success)
        {
            return Fail(withdraw.Error);
        }

        var keep = CandidateReferences.ResolveAll(candidates, request.KeepElected.SelectMany(CandidateReferences.Split), "--keep-elected");
        if (!keep.Success)
        {
            return Fail(keep.Error);
        }

        // Group names compare without regard to case, so --group Women and --min women=4 agree;
        // groups are kept in the order first named, so nothing depends on dictionary order.
        var groups = new Dictionary<string, IReadOnlyList<int>>(StringComparer.OrdinalIgnoreCase);
        foreach (var spec in shared.Groups)
        {
            var members = CandidateReferences.ResolveAll(candidates, spec.Members, spec.Source);
            if (!members.Success)
            {
                return Fail(members.Error);
            }

            groups[spec.Group] = groups.TryGetValue(spec.Group, out var existing)
                ? [.. existing, .. members.Value.Where(c => !existing.Contains(c))]
                : members.Value;
        }

        // A limit names its group in whatever case the user typed; pass the methods the group's
        // own spelling so that no method has to know the lookup ignores case.
        var limits = shared.Limits
            .Select(limit => groups.Keys.FirstOrDefault(key => string.Equals(key, limit.Group, StringComparison.OrdinalIgnoreCase)) is { } key ? limit with { Group = key } : limit)
            .ToList();

        var tieBreak = new TieBreakOptions();
        if (shared.TieBreak is { Seed: { } seed })
        {
            tieBreak = new TieBreakOptions { Seed = seed };
        }
        else if (shared.TieBreak is { Order: { } orderNames })
        {
            var order = CandidateReferences.ResolveAll(candidates, orderNames, "--tie-break order");
            if (!order.Success)
            {
                return Fail(order.Error);
            }

            tieBreak = new TieBreakOptions { LotOrder = order.Value };
        }

        var options = new CountOptions
        {
            Seats = request.Seats,
            Groups = new Dictionary<string, IReadOnlyList<int>>(groups, StringComparer.Ordinal),
            Limits = limits,
            Withdraw = withdraw.Value,
            KeepElected = keep.Value,
            TieBreak = tieBreak,
        };

        return Parsed<CountPlan>.Ok(new CountPlan(path, ballots, options, big));
    }

    private static Parsed<Counting.Ballots.BallotBox> ReadBlt(string path)
    {
        BltReadResult read;
        try
        {
            read = BltReader.Read(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Parsed<Counting.Ballots.BallotBox>.Fail($"{path}: cannot be read: {ex.Message}");
        }
#pragma warning disable CA1031 // A reader bug on odd input must still end in one line and exit 2, never a stack trace.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return Parsed<Counting.Ballots.BallotBox>.Fail($"{Path.GetFileName(path)}: not a valid BLT file (the reader stopped with {ex.GetType().Name}; it gave no line number)");
        }

        return read.Success
            ? Parsed<Counting.Ballots.BallotBox>.Ok(read.Ballots)
            : Parsed<Counting.Ballots.BallotBox>.Fail(read.Error.ToString());
    }

    /// <summary>Where each report goes: null for stdout, or a file under <c>--out</c>; never over an input file or over another report.</summary>
    private static Parsed<IReadOnlyList<string?>> Targets(CountRequest request, IReadOnlyList<CountPlan> plans)
    {
        if (request.OutputFolder is not { } folder)
        {
            return Parsed<IReadOnlyList<string?>>.Ok(plans.Select(_ => (string?)null).ToList());
        }

        if (File.Exists(folder))
        {
            return Parsed<IReadOnlyList<string?>>.Fail($"--out {folder}: is a file, not a folder");
        }

        Directory.CreateDirectory(folder);
        var targets = new List<string?>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var inputs = plans.Select(p => Path.GetFullPath(p.Path)).ToHashSet(StringComparer.Ordinal);
        foreach (var plan in plans)
        {
            var target = Path.Combine(folder, Path.GetFileNameWithoutExtension(plan.Path) + ReportWriter.Extension(request.Format));
            var full = Path.GetFullPath(target);
            if (inputs.Contains(full))
            {
                return Parsed<IReadOnlyList<string?>>.Fail($"--out {folder}: the report {target} would overwrite its own ballot file");
            }

            if (!seen.Add(full))
            {
                return Parsed<IReadOnlyList<string?>>.Fail($"--out {folder}: two ballot files would both write {target}; count them into different folders");
            }

            targets.Add(target);
        }

        return Parsed<IReadOnlyList<string?>>.Ok(targets);
    }

    private sealed record SharedOptions(IReadOnlyList<GroupSpec> Groups, IReadOnlyList<GroupLimit> Limits, TieBreakSpec? TieBreak);
}
