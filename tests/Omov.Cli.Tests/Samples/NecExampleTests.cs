using Omov.Counting.Blt;

namespace Omov.Cli.Tests.Samples;

/// <summary>
/// The committed sample files are exactly what <see cref="NecExampleGenerator"/> makes. To
/// change them, change the generator and run the tests with <c>OMOV_REGENERATE_SAMPLES=1</c>.
/// </summary>
public sealed class NecExampleTests
{
    [Fact]
    public void Blt_CommittedFile_MatchesGenerator() =>
        Check("nec-2026-example.blt", NecExampleGenerator.Blt());

    [Fact]
    public void GroupsCsv_CommittedFile_MatchesGenerator() =>
        Check("nec-2026-example.groups.csv", NecExampleGenerator.GroupsCsv());

    [Fact]
    public void Blt_Read_Has12Candidates9Seats2000Ballots()
    {
        var read = BltReader.Read(Paths.Sample("nec-2026-example.blt"));
        Assert.True(read.Success, read.Error?.ToString());
        Assert.Equal(12, read.Ballots.Candidates.Count);
        Assert.Equal(9, read.Ballots.Seats);
        Assert.Equal(NecExampleGenerator.Ballots, read.Ballots.TotalWeight + read.Ballots.EmptyBallots);
        Assert.Equal(NecExampleGenerator.EmptyBallots, read.Ballots.EmptyBallots);
    }

    private static void Check(string name, string generated)
    {
        var path = Paths.Sample(name);
        if (Environment.GetEnvironmentVariable("OMOV_REGENERATE_SAMPLES") == "1")
        {
            File.WriteAllText(path, generated);
        }

        Assert.True(File.Exists(path), $"{path} is missing; run the tests with OMOV_REGENERATE_SAMPLES=1 to make it.");
        Assert.Equal(generated, File.ReadAllText(path));
    }
}
