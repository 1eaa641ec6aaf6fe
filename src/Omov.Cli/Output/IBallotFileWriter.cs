using Omov.Counting.Ballots;

namespace Omov.Cli.Output;

/// <summary>
/// Writes ballots back out as a BLT file (<c>--format blt</c>). Behind an interface so that the
/// CLI does not depend on when <c>Omov.Counting.Blt.BltWriter</c> lands: once it is on the
/// branch, <see cref="BallotFileWriters.Default"/> should call
/// <c>BltWriter.Write(BallotBox, TextWriter)</c> and <see cref="MinimalBltWriter"/> can go.
/// </summary>
internal interface IBallotFileWriter
{
    void Write(BallotBox ballots, TextWriter output);
}
