using System.CommandLine;
using System.Globalization;
using Omov.Data.Delegates;
using Omov.Elections.Delegates;

namespace Omov.Cli.Commands;

/// <summary><c>omov delegates count</c>: counts a local party's delegate election from paper ballots typed into a file.</summary>
internal static class DelegateElectionCommand
{
    public static Command Create(CliContext context)
    {
        var party = new Option<string>("--party") { Description = "The local party's code.", HelpName = "CODE", Required = true };
        var year = DelegatesCommand.YearOption("The conference year (its entitlement table must have been calculated).");
        year.Required = true;
        var candidates = new Option<string>("--candidates") { Description = "A CSV file with the header name,membership_number,woman,young (yes/no), in ballot-paper order.", HelpName = "FILE", Required = true };
        var ballots = new Option<string>("--ballots") { Description = "A text file: one line per paper, candidate numbers in order, optionally 'COUNT: ' before them.", HelpName = "FILE", Required = true };
        var seats = new Option<int>("--seats") { Description = "Delegates to elect (at most the party's entitlement).", HelpName = "N", Required = true };
        var method = new Option<string>("--method") { Description = "block, av (one delegate), ers97, scottish-stv, meek, wigm.", HelpName = "METHOD", DefaultValueFactory = _ => "block" };
        var db = DatabaseOption.Create();
        var command = new Command("count", "Count a local party's delegate election with the women's and youth places enforced; the result is stored and audited.")
        {
            party, year, candidates, ballots, seats, method, db,
        };
        command.SetAction(parsed => ContestCommand.WithDatabase(context, parsed.GetValue(db)!, database =>
        {
            if (ReadCandidates(context, parsed.GetValue(candidates)!) is not { } list)
            {
                return ExitCodes.BadInput;
            }

            string ballotsFile = parsed.GetValue(ballots)!;
            if (!File.Exists(ballotsFile))
            {
                context.Fail($"--ballots: no file '{ballotsFile}'");
                return ExitCodes.BadInput;
            }

            var result = new DelegateService(database).CountElectionAsync(parsed.GetValue(party)!, parsed.GetValue(year)!.Value, list, File.ReadAllText(ballotsFile),
                parsed.GetValue(seats), parsed.GetValue(method)!, CliAudit.Actor).GetAwaiter().GetResult();
            if (ServiceOutcome.Value(context, result) is not { } election)
            {
                return ExitCodes.BadInput;
            }

            context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{election.LocalPartyCode} {election.Year}: {election.Places}; {election.Papers:N0} papers counted by {election.Method}."));
            foreach (var d in election.Elected)
            {
                context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {d.Order}. {d.Candidate.Name} ({d.Place}{(d.Candidate.IsWoman ? ", woman" : string.Empty)}{(d.Candidate.IsYoung ? ", young" : string.Empty)})"));
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    private static List<DelegateCandidate>? ReadCandidates(CliContext context, string file)
    {
        if (!File.Exists(file))
        {
            context.Fail($"--candidates: no file '{file}'");
            return null;
        }

        var lines = File.ReadAllLines(file).Where(l => l.Trim().Length > 0).ToList();
        if (lines.Count < 2 || !string.Equals(lines[0].Replace(" ", string.Empty, StringComparison.Ordinal), "name,membership_number,woman,young", StringComparison.OrdinalIgnoreCase))
        {
            context.Fail($"{Path.GetFileName(file)}: the first line must be 'name,membership_number,woman,young', followed by one line per candidate");
            return null;
        }

        var list = new List<DelegateCandidate>();
        for (int i = 1; i < lines.Count; i++)
        {
            string[] fields = lines[i].Split(',');
            if (fields.Length != 4 || Flag(fields[2]) is not { } woman || Flag(fields[3]) is not { } young || fields[0].Trim().Length == 0)
            {
                context.Fail($"{Path.GetFileName(file)} line {i + 1}: give a name, a membership number (may be empty), and yes or no for woman and young");
                return null;
            }

            list.Add(new DelegateCandidate(fields[0].Trim(), fields[1].Trim(), woman, young));
        }

        return list;
    }

    private static bool? Flag(string text) => text.Trim().ToLowerInvariant() switch
    {
        "yes" or "y" or "true" or "1" => true,
        "no" or "n" or "false" or "0" or "" => false,
        _ => null,
    };
}
