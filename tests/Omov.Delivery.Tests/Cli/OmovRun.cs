using Omov.Cli;

namespace Omov.Delivery.Tests.Cli;

/// <summary>One in-process run of <c>omov</c>: its exit code and everything it wrote.</summary>
internal sealed record OmovRun(int ExitCode, string Out, string Error)
{
    public static OmovRun Of(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = Program.Run(args, stdout, stderr, interactive: false, new StringReader(string.Empty));
        return new OmovRun(code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Asserts exit 2 with one line on stderr naming the problem, nothing on stdout.</summary>
    public OmovRun AssertBadInput(string expected)
    {
        Assert.True(ExitCode == 2, $"exit {ExitCode}; stderr: {Error}");
        Assert.Equal("omov: " + expected + "\n", Error.ReplaceLineEndings("\n"));
        Assert.Equal(string.Empty, Out);
        return this;
    }

    public OmovRun AssertSuccess()
    {
        Assert.True(ExitCode == 0, $"exit {ExitCode}; stderr: {Error}");
        Assert.Equal(string.Empty, Error);
        return this;
    }
}
