namespace Omov.Cli.Tests;

public sealed class ProgramTests
{
    [Fact]
    public void Run_NoCommand_ExitsWithBadInput() =>
        CliRun.Of().AssertBadInput();

    [Fact]
    public void Run_UnknownCommand_ExitsWithBadInput() =>
        CliRun.Of("recount", "x.blt").AssertBadInput();

    [Fact]
    public void Run_Help_ListsCommands()
    {
        var run = CliRun.Of("--help");
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("count", run.Out, StringComparison.Ordinal);
        Assert.Contains("methods", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Assembly_IsNamedOmov() =>
        Assert.Equal("omov", typeof(Program).Assembly.GetName().Name);
}
