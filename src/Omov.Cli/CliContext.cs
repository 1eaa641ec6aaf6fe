namespace Omov.Cli;

/// <summary>Where a run of <c>omov</c> writes, so that tests can run commands in-process.</summary>
/// <param name="Out">Reports and listings.</param>
/// <param name="Error">Errors and progress.</param>
/// <param name="Interactive">Whether a person is watching a terminal (progress is shown only then).</param>
/// <param name="ReadSecret">Reads one secret line (a password) from standard input, without echo on a terminal; null at end of input.</param>
internal sealed record CliContext(TextWriter Out, TextWriter Error, bool Interactive, Func<string?> ReadSecret)
{
    /// <summary>Writes one line of error, prefixed with the program's name.</summary>
    public void Fail(string message) => Error.WriteLine("omov: " + message);
}
