using Omov.Counting.Methods;

namespace Omov.Cli.Tests.Commands;

public sealed class MethodsCommandTests
{
    [Fact]
    public void Methods_Run_ListsEveryRegisteredMethodWithItsDescription()
    {
        var run = CliRun.Of("methods").AssertSuccess();
        foreach (var method in CountingMethods.All)
        {
            Assert.Contains(method.Name, run.Out, StringComparison.Ordinal);
        }

        Assert.NotEqual(string.Empty, run.Out.Trim());
    }
}
