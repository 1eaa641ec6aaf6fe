using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;

namespace Omov.Web.Voting;

/// <summary>
/// Keeps a voter's place between the pages in their own browser, never on the server: the ticket
/// (event and code), the marks being made and the receipt each travel in a cookie or a form field
/// sealed and signed by ASP.NET Core Data Protection, valid for <see cref="Lifetime"/>. A server
/// restart or another node of the cluster opens them with the shared key ring.
/// </summary>
internal sealed class VoteSession(IDataProtectionProvider protection, OmovWebOptions options, TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(2);

    private const string TicketCookie = "omov-vote";
    private const string MarksCookie = "omov-marks";
    private const string ReceiptCookie = "omov-receipt";
    private const string LanguageCookie = "omov-lang";

    private readonly ITimeLimitedDataProtector _protector = protection.CreateProtector("Omov.Web.Voting.v1").ToTimeLimitedDataProtector();

    public static VoteText TextFor(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return VoteText.For(request.Cookies[LanguageCookie]);
    }

    public void SetLanguage(HttpResponse response, string code) =>
        response.Cookies.Append(LanguageCookie, VoteText.For(code).Code, Options(TimeSpan.FromDays(365), path: "/"));

    public VoteTicket? ReadTicket(HttpRequest request) => Open<VoteTicket>(request.Cookies[TicketCookie], "ticket");

    public void SetTicket(HttpResponse response, VoteTicket ticket) => response.Cookies.Append(TicketCookie, Seal(ticket, "ticket"), Options());

    public Dictionary<string, string>? ReadMarks(HttpRequest request, Guid eventId) =>
        Open<ReviewedBallot>(request.Cookies[MarksCookie], "marks") is { } saved && saved.Ticket.EventId == eventId ? saved.Marks : null;

    public void SetMarks(HttpResponse response, ReviewedBallot ballot) => response.Cookies.Append(MarksCookie, Seal(ballot, "marks"), Options());

    public string SealReview(ReviewedBallot ballot) => Seal(ballot, "review");

    public ReviewedBallot? OpenReview(string? sealedText) => Open<ReviewedBallot>(sealedText, "review");

    public VoteReceipt? ReadReceipt(HttpRequest request) => Open<VoteReceipt>(request.Cookies[ReceiptCookie], "receipt");

    /// <summary>After a cast: the code and marks are forgotten, the receipt kept.</summary>
    public void Finish(HttpResponse response, VoteReceipt receipt)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.Cookies.Delete(TicketCookie, Options());
        response.Cookies.Delete(MarksCookie, Options());
        response.Cookies.Append(ReceiptCookie, Seal(receipt, "receipt"), Options());
    }

    /// <summary>Forgets the code and marks (the member cannot vote with them).</summary>
    public void Forget(HttpResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.Cookies.Delete(TicketCookie, Options());
        response.Cookies.Delete(MarksCookie, Options());
    }

    private string Seal<T>(T value, string purpose) =>
        _protector.Protect(purpose + ":" + JsonSerializer.Serialize(value), time.GetUtcNow().Add(Lifetime));

    private T? Open<T>(string? sealedText, string purpose)
        where T : class
    {
        if (string.IsNullOrEmpty(sealedText))
        {
            return null;
        }

        try
        {
            var text = _protector.Unprotect(sealedText);
            return text.StartsWith(purpose + ":", StringComparison.Ordinal) ? JsonSerializer.Deserialize<T>(text[(purpose.Length + 1)..]) : null;
        }
        catch (CryptographicException)
        {
            // Expired, tampered with, or from another key ring: as if absent.
            return null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private CookieOptions Options(TimeSpan? maxAge = null, string path = "/") => new()
    {
        HttpOnly = true,
        // Lax, not Strict: the link in a ballot email is a navigation from another site.
        SameSite = SameSiteMode.Lax,
        Secure = !options.AllowInsecureCookies,
        IsEssential = true,
        Path = path,
        MaxAge = maxAge,
    };
}
