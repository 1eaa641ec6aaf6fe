namespace Omov.Counting.Methods.Stv;

/// <summary>What distinguishes one inclusive Gregory method from another in <see cref="GregoryCount"/>.</summary>
/// <param name="Method">The CLI name written into the result.</param>
/// <param name="Decimals">Places every transfer value is truncated to (any remainder ignored).</param>
/// <param name="LatestStageFirst">Whether ties look back from the most recent earlier stage (Scottish rules 49(2), 51(2)) rather than from the first.</param>
internal sealed record GregoryRules(string Method, int Decimals, bool LatestStageFirst);
