namespace Omov.Cli.Tests;

public sealed class CliSmokeTests
{
    [Fact]
    public void Assembly_IsNamedOmov() =>
        Assert.Equal("omov", typeof(Omov.Cli.Program).Assembly.GetName().Name);
}
