using Omov.Counting.Arithmetic;
using Omov.Counting.Blt;
using Omov.Counting.Methods;
using Omov.Counting.Methods.Ers97;
using Xunit.Abstractions;

namespace Omov.Counting.Tests.Methods.Ers97;

public sealed class Ers97MethodTests(ITestOutputHelper output)
{
    private static readonly Ers97Method s_method = new();

    private static Omov.Counting.Ballots.BallotBox ReadModelElection()
    {
        var read = BltReader.Read(SharedData.PathOf("ers97", "ers97.blt"));
        Assert.True(read.Success, read.Error?.ToString());
        return read.Ballots;
    }

    [Fact]
    public void Count_ModelElection_Dump()
    {
        var result = s_method.Count(ReadModelElection(), new CountOptions());
        output.WriteLine(Ers97Assert.Describe(result));
    }
}
