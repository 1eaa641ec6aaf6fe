namespace Omov.Web.Tests.Infrastructure;

/// <summary>Tests that share one browser (and run one after another: the machine has two cores).</summary>
[CollectionDefinition(Name)]
public sealed class BrowserTests : ICollectionFixture<Browser>
{
    public const string Name = "browser";
}
