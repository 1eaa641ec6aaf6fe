using System.Globalization;
using System.Text;
using System.Text.Json;
using Omov.Counting.Ballots;
using Omov.Counting.Blt;

namespace Omov.Counting.Tests.Blt;

/// <summary>Every real BLT file of the shared data is accepted and reads as its published figures say.</summary>
public sealed class BltDataFilesTests
{
    public static TheoryData<string, string> AllDataFiles()
    {
        var data = new TheoryData<string, string>();
        foreach (var folder in new[] { "scotland-2012", "scotland-official-stages", "ers97" })
        {
            foreach (var path in SharedData.Files(folder, "*.blt"))
            {
                data.Add(folder, Path.GetFileName(path));
            }
        }

        return data;
    }

    public static TheoryData<string> OfficialStageFiles()
    {
        var data = new TheoryData<string>();
        foreach (var path in SharedData.Files("scotland-official-stages", "*.blt"))
        {
            data.Add(Path.GetFileName(path));
        }

        return data;
    }

    [Fact]
    public void AllDataFiles_IncludesEveryScottishWard() =>
        Assert.Equal(353 + 8 + 1, AllDataFiles().Count);

    [Theory]
    [MemberData(nameof(AllDataFiles))]
    public void Read_DataFile_AcceptsWithHeaderSeatsAndAllNames(string folder, string file)
    {
        var path = SharedData.PathOf(folder, file);
        var (candidates, seats) = Header(path);

        var result = BltReader.Read(path);

        Assert.True(result.Success, result.Error?.ToString());
        var box = result.Ballots;
        Assert.Equal(seats, box.Seats);
        Assert.Equal(candidates, box.Candidates.Count);
        Assert.All(box.Candidates, name => Assert.False(string.IsNullOrWhiteSpace(name)));
        Assert.False(string.IsNullOrWhiteSpace(box.Title));
        Assert.True(box.TotalWeight > 0);
        Assert.Equal(0, box.EmptyBallots);
    }

    [Theory]
    [MemberData(nameof(OfficialStageFiles))]
    public void Read_OfficialStageFile_WeightsSumToValidBallotsAndNamesMatch(string file)
    {
        using var expected = JsonDocument.Parse(File.ReadAllBytes(SharedData.PathOf("scotland-official-stages", Path.ChangeExtension(file, ".expected.json"))));
        var root = expected.RootElement;

        var box = BltReader.Read(SharedData.PathOf("scotland-official-stages", file)).Ballots!;

        Assert.Equal(root.GetProperty("valid_ballots").GetInt64(), box.TotalWeight);
        Assert.Equal(root.GetProperty("seats").GetInt32(), box.Seats);
        Assert.Equal(
            root.GetProperty("candidates").EnumerateArray().Select(n => CandidateNames.Normalise(n.GetString()!)),
            box.Candidates.Select(CandidateNames.Normalise));
    }

    [Fact]
    public void Read_Ers97_MatchesExpected()
    {
        using var expected = JsonDocument.Parse(File.ReadAllBytes(SharedData.PathOf("ers97", "expected.json")));
        var root = expected.RootElement;

        var box = BltReader.Read(SharedData.PathOf("ers97", "ers97.blt")).Ballots!;

        Assert.Equal(root.GetProperty("valid_ballots").GetInt64(), box.TotalWeight);
        Assert.Equal(root.GetProperty("seats").GetInt32(), box.Seats);
        Assert.Equal(root.GetProperty("title").GetString(), box.Title);
        Assert.Equal(root.GetProperty("candidates").EnumerateArray().Select(n => n.GetString()!), box.Candidates);
    }

    [Fact]
    public void Read_Scotland2012_WinnerNamesMatchTheirNumbers()
    {
        var lines = File.ReadAllLines(SharedData.PathOf("scotland-2012", "expected-winners.csv"), Encoding.UTF8).Skip(1).ToArray();
        Assert.Equal(353, lines.Length);
        foreach (var line in lines)
        {
            var fields = CsvFields(line);
            var box = BltReader.Read(SharedData.PathOf("scotland-2012", fields[0])).Ballots!;
            var names = fields[2].Split('|');
            var numbers = fields[3].Split('|').Select(n => int.Parse(n, CultureInfo.InvariantCulture)).ToArray();
            Assert.Equal(int.Parse(fields[1], CultureInfo.InvariantCulture), box.Seats);
            for (var i = 0; i < numbers.Length; i++)
            {
                Assert.Equal(CandidateNames.Normalise(names[i]), CandidateNames.Normalise(box.Candidates[numbers[i] - 1]));
            }
        }
    }

    /// <summary>The header read independently of the reader: the first line's two numbers.</summary>
    private static (int Candidates, int Seats) Header(string path)
    {
        var first = File.ReadLines(path).First().Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
        return (int.Parse(first[0], CultureInfo.InvariantCulture), int.Parse(first[1], CultureInfo.InvariantCulture));
    }

    private static List<string> CsvFields(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return fields;
    }
}
