namespace Omov.Cli;

/// <summary>Every exit code <c>omov</c> returns, in one place so scripts can rely on them.</summary>
public static class ExitCodes
{
    /// <summary>Done.</summary>
    public const int Success = 0;

    /// <summary>Something went wrong that is not the user's input (a bug, a full disk).</summary>
    public const int Failure = 1;

    /// <summary>
    /// A check ran and the data did not pass it: <c>omov audit verify</c> found a broken chain.
    /// Shares its value with <see cref="Failure"/>: either way the data cannot be relied on.
    /// </summary>
    public const int NotVerified = 1;

    /// <summary>
    /// Bad input: a missing or malformed ballot file, an unknown method or candidate, an
    /// impossible constraint, bad option syntax. One line on stderr says what and where.
    /// </summary>
    public const int BadInput = 2;
}
