using System.Net;
using System.Text.RegularExpressions;

namespace Omov.Web.Tests.Voting;

/// <summary>A voter's browser without the browser: cookies kept, redirects not followed, forms posted with their anti-forgery token.</summary>
internal sealed partial class VoterHttp : IDisposable
{
    private readonly HttpClient _client;

    public VoterHttp(Uri address)
    {
        _client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = address };
    }

    public Task<HttpResponseMessage> GetAsync(string path) => _client.GetAsync(new Uri(path, UriKind.Relative));

    /// <summary>Types <paramref name="code"/> on /vote as a member would.</summary>
    public async Task<HttpResponseMessage> TypeCodeAsync(string code)
    {
        var form = await (await GetAsync("/vote")).Content.ReadAsStringAsync();
        return await PostAsync("/vote", form, new() { ["Code"] = code });
    }

    /// <summary>Posts <paramref name="fields"/> to <paramref name="path"/> with the token from <paramref name="page"/>.</summary>
    public async Task<HttpResponseMessage> PostAsync(string path, string page, Dictionary<string, string> fields)
    {
        var token = Token().Match(page);
        Assert.True(token.Success, "no anti-forgery token on the page");
        fields["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value);
        using var content = new FormUrlEncodedContent(fields);
        return await _client.PostAsync(new Uri(path, UriKind.Relative), content);
    }

    public void Dispose() => _client.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
