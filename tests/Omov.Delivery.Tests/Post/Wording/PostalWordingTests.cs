using System.Reflection;
using System.Text.RegularExpressions;
using Omov.Delivery.Post;
using Omov.Delivery.Post.Wording;

namespace Omov.Delivery.Tests.Post.Wording;

public sealed partial class PostalWordingTests
{
    private static IEnumerable<(string Name, string English, string Welsh)> Texts() =>
        typeof(PostalWording).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.PropertyType == typeof(string))
            .Select(p => (p.Name, (string)p.GetValue(PostalWording.English)!, (string)p.GetValue(PostalWording.Welsh)!));

    [Fact]
    public void Welsh_EveryTextPresentWithTheSamePlaceholders()
    {
        Assert.All(Texts(), text =>
        {
            Assert.False(string.IsNullOrWhiteSpace(text.Welsh), text.Name);
            Assert.Equal(Placeholder().Matches(text.English).Select(m => m.Value).Order(), Placeholder().Matches(text.Welsh).Select(m => m.Value).Order());
        });
        Assert.Equal(PostalWording.English.ReturnSteps.Count, PostalWording.Welsh.ReturnSteps.Count);
    }

    [Fact]
    public void For_Language_PicksItsWording()
    {
        Assert.Same(PostalWording.Welsh, PostalWording.For(PostalLanguage.Welsh));
        Assert.Same(PostalWording.English, PostalWording.For(PostalLanguage.English));
    }

    [Fact]
    public void InstructionFor_EachMarkingRule_TheMethodsWording()
    {
        var words = PostalWording.English;
        Assert.StartsWith("Number the candidates in order of preference: 1, 2, 3", words.InstructionFor(new PostalContest("A", MarkingRule.Rank, [])), StringComparison.Ordinal);
        Assert.StartsWith("Vote for ONE", words.InstructionFor(new PostalContest("A", MarkingRule.One, [])), StringComparison.Ordinal);
        Assert.StartsWith("Vote for up to 9 candidates", words.InstructionFor(new PostalContest("A", MarkingRule.UpTo, []) { MaxMarks = 9 }), StringComparison.Ordinal);
        Assert.StartsWith("Pleidleisiwch dros hyd at 9", PostalWording.Welsh.InstructionFor(new PostalContest("A", MarkingRule.UpTo, []) { MaxMarks = 9 }), StringComparison.Ordinal);
    }

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();
}
