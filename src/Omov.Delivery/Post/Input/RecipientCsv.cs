using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace Omov.Delivery.Post.Input;

/// <summary>
/// Reads postal packs from a CSV of recipients, one row per member, for a given ballot:
/// <c>membership_number,name,address_1,address_2,address_3,address_4,postcode,language,voting_code,voting_url,contests</c>.
/// <c>address_2..4</c>, <c>language</c> (en or cy; default en) and <c>contests</c> (the event's contest numbers
/// from 1, separated by ';'; default all) may be empty or absent. Rows are read one at a time.
/// The first bad row ends the reading with an error naming the line and column.
/// </summary>
public sealed class RecipientCsv
{
    /// <summary>The columns that must be present.</summary>
    public static readonly IReadOnlyList<string> Required = ["membership_number", "name", "address_1", "postcode", "voting_code", "voting_url"];

    /// <summary>Every column understood.</summary>
    public static readonly IReadOnlyList<string> Columns = ["membership_number", "name", "address_1", "address_2", "address_3", "address_4", "postcode", "language", "voting_code", "voting_url", "contests"];

    private readonly string _path;
    private readonly PostalBallot _english;
    private readonly PostalBallot _welsh;

    /// <param name="path">The CSV file.</param>
    /// <param name="english">The ballot for rows in English.</param>
    /// <param name="welsh">The ballot for rows in Welsh (the same contests, Welsh titles).</param>
    public RecipientCsv(string path, PostalBallot english, PostalBallot welsh)
    {
        _path = path;
        _english = english;
        _welsh = welsh;
    }

    /// <summary>The first problem met, once <see cref="Read"/> has stopped early; null if every row was read.</summary>
    public RecipientCsvError? Error { get; private set; }

    /// <summary>The packs, lazily; stops at the first bad row and sets <see cref="Error"/>.</summary>
    public IEnumerable<PostalPack> Read()
    {
        Error = null;
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture) { DetectColumnCountChanges = true, TrimOptions = TrimOptions.Trim };
        using var reader = new StreamReader(_path);
        using var csv = new CsvReader(reader, configuration);
        if (!csv.Read())
        {
            Error = new RecipientCsvError(_path, 1, null, "the file is empty (a header line is needed)");
            yield break;
        }

        csv.ReadHeader();
        var header = csv.HeaderRecord ?? [];
        foreach (var column in header)
        {
            if (!Columns.Contains(column))
            {
                Error = new RecipientCsvError(_path, 1, column, $"unknown column (known: {string.Join(", ", Columns)})");
                yield break;
            }
        }

        foreach (var required in Required)
        {
            if (!header.Contains(required))
            {
                Error = new RecipientCsvError(_path, 1, required, "required column is missing");
                yield break;
            }
        }

        while (true)
        {
            bool more;
            try
            {
                more = csv.Read();
            }
            catch (CsvHelperException ex)
            {
                Error = new RecipientCsvError(_path, ex.Context?.Parser?.RawRow ?? 0, null, "the row is malformed (unbalanced quotes or a different number of columns)");
                yield break;
            }

            if (!more)
            {
                yield break;
            }

            var line = csv.Parser.RawRow;
            string Cell(string column) => header.Contains(column) ? csv.GetField(column) ?? string.Empty : string.Empty;
            var language = Cell("language").ToLowerInvariant() switch
            {
                "" or "en" => PostalLanguage.English,
                "cy" => PostalLanguage.Welsh,
                _ => (PostalLanguage?)null,
            };
            if (language is null)
            {
                Error = new RecipientCsvError(_path, line, "language", "must be en or cy");
                yield break;
            }

            var ballot = language == PostalLanguage.Welsh ? _welsh : _english;
            List<int>? contests = null;
            if (Cell("contests") is { Length: > 0 } list)
            {
                contests = [];
                foreach (var part in list.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                {
                    if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < 1 || number > ballot.Contests.Count)
                    {
                        Error = new RecipientCsvError(_path, line, "contests", $"must be contest numbers from 1 to {ballot.Contests.Count} separated by ';'");
                        yield break;
                    }

                    contests.Add(number - 1);
                }
            }

            var pack = new PostalPack
            {
                MembershipNumber = Cell("membership_number"),
                AddresseeName = Cell("name"),
                AddressLines = new[] { Cell("address_1"), Cell("address_2"), Cell("address_3"), Cell("address_4") }.Where(s => s.Length > 0).ToArray(),
                Postcode = Cell("postcode"),
                Language = language.Value,
                VotingCode = Cell("voting_code"),
                VotingUrl = Cell("voting_url"),
                Ballot = ballot,
                ContestIndexes = contests,
            };
            if (PackCheck.Problems(pack) is [var first, ..])
            {
                Error = new RecipientCsvError(_path, line, first.Field, first.Message);
                yield break;
            }

            yield return pack;
        }
    }
}
