using Omov.Elections.Rulebooks;

namespace Omov.Cli.Tests.Commands;

public sealed class RulebookCommandTests
{
    [Fact]
    public void List_ShowsEveryPreset()
    {
        var run = CliRun.Of("rulebook", "list").AssertSuccess();

        Assert.All(Presets.All, preset => Assert.Contains(preset.Name, run.Out, StringComparison.Ordinal));
    }

    [Fact]
    public void Show_ThenCheck_RoundTripsEveryPreset()
    {
        using var folder = new TempFolder();
        foreach (var preset in Presets.All)
        {
            var shown = CliRun.Of("rulebook", "show", preset.Rulebook.Id).AssertSuccess();
            var file = folder.Write(preset.Name + ".json", shown.Out);

            var checkedRun = CliRun.Of("rulebook", "check", file).AssertSuccess();

            Assert.StartsWith("OK: ", checkedRun.Out, StringComparison.Ordinal);
            Assert.Contains(preset.Rulebook.Id, checkedRun.Out, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Show_UnknownPreset_IsBadInput() =>
        Assert.Contains("no preset rulebook is called 'nope'", CliRun.Of("rulebook", "show", "nope").AssertBadInput().Error, StringComparison.Ordinal);

    [Fact]
    public void Check_BadDate_NamesTheJsonPathAndLine()
    {
        using var folder = new TempFolder();
        var json = RulebookJson.Serialize(Presets.All[0].Rulebook);
        var broken = System.Text.RegularExpressions.Regex.Replace(json, "\"20(\\d\\d)-(\\d\\d)-(\\d\\d)", "\"20$1-02-31", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1));
        var file = folder.Write("broken.json", broken);

        var run = CliRun.Of("rulebook", "check", file).AssertBadInput();

        Assert.Contains("broken.json: $.", run.Error, StringComparison.Ordinal);
        Assert.Contains("(line ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_MissingFile_IsBadInput() =>
        Assert.Contains("file not found", CliRun.Of("rulebook", "check", "/nonexistent/rules.json").AssertBadInput().Error, StringComparison.Ordinal);
}
