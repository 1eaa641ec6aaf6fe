namespace Omov.Cli.Tests;

/// <summary>One in-process run of <c>omov</c>: its exit code and everything it wrote.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    public static CliRun Of(params string[] args) => WithInput(string.Empty, args);

    /// <summary>A run with <paramref name="input"/> on standard input.</summary>
    public static CliRun WithInput(string input, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        using var stdin = new StringReader(input);
        var code = Program.Run(args, stdout, stderr, interactive: false, stdin);
        return new CliRun(code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Asserts the run failed on bad input: exit 2, one line on stderr, no stack trace, nothing on stdout.</summary>
    public CliRun AssertBadInput()
    {
        Assert.True(ExitCode == ExitCodes.BadInput, $"exit {ExitCode}; stderr: {Error}");
        var lines = Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Single(lines);
        Assert.StartsWith("omov: ", lines[0], StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, Out);
        return this;
    }

    public CliRun AssertSuccess()
    {
        Assert.True(ExitCode == ExitCodes.Success, $"exit {ExitCode}; stderr: {Error}");
        Assert.Equal(string.Empty, Error);
        return this;
    }
}
