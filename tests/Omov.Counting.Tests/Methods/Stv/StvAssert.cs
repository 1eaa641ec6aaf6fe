using Omov.Counting.Arithmetic;

namespace Omov.Counting.Tests.Methods.Stv;

/// <summary>Invariants every STV count must keep, shared by the Gregory method tests.</summary>
internal static class StvAssert
{
    /// <summary>At every stage the candidates' totals plus non-transferable equal the valid vote exactly.</summary>
    public static void EveryStageAddsUp(CountResult result)
    {
        var valid = Votes.FromWhole(result.ValidBallots);
        foreach (var stage in result.Stages)
        {
            var sum = stage.Votes.Aggregate(Votes.Zero, (a, b) => a + b) + stage.NonTransferable;
            Assert.True(sum == valid, $"stage {stage.Number}: totals + non-transferable = {sum}, valid vote = {valid}");
            Assert.True(stage.NonTransferable >= Votes.Zero, $"stage {stage.Number}: negative non-transferable");
        }
    }
}
