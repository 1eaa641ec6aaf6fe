using Omov.Counting;
using Omov.Counting.Ballots;

namespace Omov.Cli.Commands;

/// <summary>One ballot file, read and checked, with the options it will be counted with.</summary>
/// <param name="Path">The path as given.</param>
/// <param name="Ballots">The ballots read.</param>
/// <param name="Options">Options with candidates resolved against this file.</param>
/// <param name="Big">Whether the file is big enough to show progress.</param>
internal sealed record CountPlan(string Path, BallotBox Ballots, CountOptions Options, bool Big)
{
    public string FileName => System.IO.Path.GetFileName(Path);
}
