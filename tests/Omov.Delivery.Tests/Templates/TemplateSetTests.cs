using Omov.Data.Outbox;
using Omov.Delivery.Email.Templates;
using Omov.Delivery.Tests.Email;

namespace Omov.Delivery.Tests.Templates;

public sealed class TemplateSetTests
{
    private static IReadOnlyDictionary<string, MergeValue> Values(string firstName = "Ann") => Outboxes.Ballot(1, firstName: firstName).MergeValues!;

    [Fact]
    public void Render_Ballot_NamesContestsCloseTimeLinkCodeAndHelp()
    {
        var result = TemplateSet.BuiltIn.Render("ballot", "en", Values());

        Assert.True(result.Succeeded, result.Error?.ToString());
        var email = result.Email;
        Assert.Equal("Your ballot: Leadership and Deputy Leadership Elections 2026", email.Subject);
        Assert.Equal("en", email.Language);
        foreach (var expected in new[] { "Leader (AV)", "Deputy Leader (AV)", "12:00 on Thursday 2 April 2026", "https://vote.example.org/b/CODE1", "ABCD-EFGH-0001", "ballot-help@example.org or 0345 092 2299" })
        {
            Assert.Contains(expected, email.TextBody, StringComparison.Ordinal);
            Assert.Contains(expected, email.HtmlBody, StringComparison.Ordinal);
        }

        Assert.Contains("<ul>\n<li>Leader (AV)</li>\n<li>Deputy Leader (AV)</li>\n</ul>", email.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("<h2>Need help?</h2>", email.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("Vote now: https://vote.example.org/b/CODE1\n", email.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Welsh_UsesTheWelshTemplate()
    {
        var result = TemplateSet.BuiltIn.Render("ballot", "cy", Values("Siôn"));

        Assert.True(result.Succeeded, result.Error?.ToString());
        Assert.Equal("cy", result.Email.Language);
        Assert.StartsWith("Eich papur pleidleisio: ", result.Email.Subject, StringComparison.Ordinal);
        Assert.StartsWith("Annwyl Siôn,", result.Email.TextBody, StringComparison.Ordinal);
        Assert.Contains("Angen help?", result.Email.HtmlBody, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("cy-GB", "cy")]
    [InlineData("CY", "cy")]
    [InlineData("fr", "en")]
    [InlineData("en-GB", "en")]
    public void Render_LanguageTag_FallsBackToLanguageThenEnglish(string asked, string used)
    {
        Assert.Equal(used, TemplateSet.BuiltIn.Render("ballot", asked, Values()).Email!.Language);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;")]
    [InlineData("[click](javascript:alert(1))", "[click](javascript:alert(1))")]
    [InlineData("**Bold** & <b>co</b>", "**Bold** &amp; &lt;b&gt;co&lt;/b&gt;")]
    [InlineData("# Heading\n\n<img src=x onerror=alert(1)>", "# Heading  &lt;img src=x onerror=alert(1)&gt;")]
    public void Render_HostileName_EscapedInHtmlAndLiteralInText(string name, string html)
    {
        var result = TemplateSet.BuiltIn.Render("ballot", "en", Values(name));

        Assert.True(result.Succeeded, result.Error?.ToString());
        Assert.Contains($"<p>Dear {html},</p>", result.Email.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", result.Email.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", result.Email.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"javascript", result.Email.HtmlBody, StringComparison.Ordinal);
        Assert.StartsWith($"Dear {name.ReplaceLineEndings(" ")},", result.Email.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_HostileSubjectValue_KeptOnOneLine()
    {
        var values = new Dictionary<string, MergeValue>(Values()) { ["event_name"] = "Vote\r\nBcc: all@example.org" };

        var result = TemplateSet.BuiltIn.Render("ballot", "en", values);

        Assert.Equal("Your ballot: Vote Bcc: all@example.org", result.Email!.Subject);
        Assert.Contains("<title>Your ballot: Vote Bcc: all@example.org</title>", result.Email.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_MissingValue_NamesTheFieldFileLineAndColumn()
    {
        var values = new Dictionary<string, MergeValue>(Values());
        values.Remove("close_time");

        var result = TemplateSet.BuiltIn.Render("ballot", "cy", values);

        Assert.False(result.Succeeded);
        Assert.Equal(
            "ballot.cy.md line 9, column 29: merge field {{close_time}} has no value (values given: contests, event_name, first_name, help_contact, voting_code, voting_link)",
            result.Error.ToString());
    }

    [Fact]
    public void Render_UnknownTemplate_SaysWhichThereAre()
    {
        var result = TemplateSet.BuiltIn.Render("nomination", "en", Values());

        Assert.Equal("nomination.en.md: there is no template 'nomination' (templates: ballot, reminder)", result.Error!.ToString());
    }

    [Fact]
    public void Load_FolderTemplates_AddOrReplaceAndReportBadFields()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("notice.en.md"), "subject: Meeting of {{unit}}\n---\nDear {{first_name}},\n\n- {{agenda}}\n");
        File.WriteAllText(folder.File("notice.cy.md"), "subject: Cyfarfod {{unit}}\n---\nAnnwyl {{first_name}},\n");
        var (templates, error) = TemplateSet.Load(folder.Path);
        Assert.Null(error);
        var values = new Dictionary<string, MergeValue> { ["unit"] = "Walthamstow CLP", ["first_name"] = "Ann", ["agenda"] = MergeValue.List(["Minutes", "Nominations"]) };

        var notice = templates!.Render("notice", "en", values);

        Assert.Equal("Meeting of Walthamstow CLP", notice.Email!.Subject);
        Assert.Equal("Dear Ann,\n\n- Minutes\n- Nominations\n", notice.Email.TextBody);
        Assert.Equal("cy", templates.Render("notice", "cy", values).Email!.Language);
        Assert.True(templates.Render("ballot", "en", Values()).Succeeded);
        Assert.Equal("notice.en.md line 1, column 21: merge field {{unit}} is a list, which cannot go here",
            templates.Render("notice", "en", new Dictionary<string, MergeValue>(values) { ["unit"] = MergeValue.List(["a"]) }).Error!.ToString());

        File.WriteAllText(folder.File("bad.en.md"), "subject: Hi\n---\nDear {{First Name}},\n");
        Assert.Equal("bad.en.md line 3, column 6: '{{First Name}}' is not a merge field: a field name is lowercase letters, digits and underscores, like {{first_name}}",
            TemplateSet.Load(folder.Path).Error!.ToString());
        File.WriteAllText(folder.File("bad.en.md"), "Dear {{first_name}},\n");
        Assert.Equal("bad.en.md line 1, column 1: the header holds only a 'subject:' line, ended by a line '---'", TemplateSet.Load(folder.Path).Error!.ToString());
        File.WriteAllText(folder.File("bad.en.md"), "subject: Hi\n---\nDear {{first_name,\n");
        Assert.Equal("bad.en.md line 3, column 6: '{{' is not closed by '}}' on the same line", TemplateSet.Load(folder.Path).Error!.ToString());
    }
}
