using System.CommandLine;
using Omov.Elections.Messages;
using Omov.Elections.Register;
using Omov.Elections.Rulebooks;

namespace Omov.Cli.Commands;

/// <summary>The options of <c>omov message compose</c> that build its segment.</summary>
internal sealed class MessageSegmentOptions
{
    private readonly Option<string?> _unit = new("--unit") { Description = "A local party, region or nation code: its members and those of every unit under it (default: everyone).", HelpName = "CODE" };
    private readonly Option<string> _status = new("--status") { Description = "Member statuses, comma-separated: full, provisional, lapsed, expelled.", HelpName = "LIST", DefaultValueFactory = _ => "full" };
    private readonly Option<string?> _joinedBy = new("--joined-by") { Description = "Joined on or before this local date (yyyy-MM-dd, the whole day) or time (yyyy-MM-ddTHH:mm).", HelpName = "CUTOFF" };
    private readonly Option<string?> _paidUpBy = new("--paid-up-by") { Description = "Paid up to at least this date (yyyy-MM-dd).", HelpName = "DATE" };
    private readonly Option<string?> _sections = new("--section") { Description = "Members who declared any of these sections, comma-separated: women, bame, disabled, lgbtplus.", HelpName = "LIST" };
    private readonly Option<string?> _contest = new("--contest") { Description = "Only members eligible under this contest's rulebook.", HelpName = "CODE" };

    public void AddTo(Command command)
    {
        command.Options.Add(_unit);
        command.Options.Add(_status);
        command.Options.Add(_joinedBy);
        command.Options.Add(_paidUpBy);
        command.Options.Add(_sections);
        command.Options.Add(_contest);
    }

    /// <summary>The segment, or null after one line on stderr naming the bad option.</summary>
    public Segment? Read(CliContext context, ParseResult parsed)
    {
        var statuses = new List<MemberStatus>();
        foreach (var name in Split(parsed.GetValue(_status)))
        {
            if (!Enum.TryParse<MemberStatus>(name, ignoreCase: true, out var status) || !Enum.IsDefined(status))
            {
                context.Fail($"--status: '{name}' is not a member status (full, provisional, lapsed, expelled)");
                return null;
            }

            statuses.Add(status);
        }

        var sections = new List<Section>();
        foreach (var name in Split(parsed.GetValue(_sections)))
        {
            if (!Enum.TryParse<Section>(name.Replace("+", "plus", StringComparison.Ordinal), ignoreCase: true, out var section) || !Enum.IsDefined(section))
            {
                context.Fail($"--section: '{name}' is not a section (women, bame, disabled, lgbtplus)");
                return null;
            }

            sections.Add(section);
        }

        LocalCutoff? joined = null;
        if (parsed.GetValue(_joinedBy) is { } joinedText)
        {
            if (!LocalCutoff.TryParse(joinedText, out var cutoff))
            {
                context.Fail($"--joined-by: '{joinedText}' is not a date (yyyy-MM-dd) or local time (yyyy-MM-ddTHH:mm)");
                return null;
            }

            joined = cutoff;
        }

        DateOnly? paid = null;
        if (parsed.GetValue(_paidUpBy) is { } paidText)
        {
            if (!DateOnly.TryParseExact(paidText, "yyyy-MM-dd", out var date))
            {
                context.Fail($"--paid-up-by: '{paidText}' is not a date (yyyy-MM-dd)");
                return null;
            }

            paid = date;
        }

        return new Segment(parsed.GetValue(_unit), statuses, joined, paid, sections, parsed.GetValue(_contest));
    }

    private static string[] Split(string? list) =>
        (list ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
