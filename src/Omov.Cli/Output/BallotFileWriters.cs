namespace Omov.Cli.Output;

/// <summary>The BLT writer the CLI uses.</summary>
internal static class BallotFileWriters
{
    public static IBallotFileWriter Default { get; } = new MinimalBltWriter();
}
