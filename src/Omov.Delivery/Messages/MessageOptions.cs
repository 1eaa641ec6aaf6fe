namespace Omov.Delivery.Messages;

/// <summary>What bulk messages need to know about where Omov runs.</summary>
public sealed record MessageOptions
{
    /// <summary>The environment variable that gives <see cref="PublicUrl"/> to the CLI.</summary>
    public const string PublicUrlVariable = "OMOV_PUBLIC_URL";

    /// <summary>The address members reach the web app at, for unsubscribe links (e.g. <c>https://vote.example.org</c>).</summary>
    public required Uri PublicUrl { get; init; }

    /// <summary>The organisation's time zone, in which send times are given.</summary>
    public string TimeZone { get; init; } = Omov.Elections.Rulebooks.Rulebook.DefaultTimeZone;

    /// <summary>Members rendered and queued per outbox transaction.</summary>
    public int ChunkSize { get; init; } = 1000;

    /// <summary>How long a claim to queue a message holds before another process may resume it.</summary>
    public TimeSpan Lease { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>The link for an unsubscribe token.</summary>
    public string UnsubscribeLink(string token) => new Uri(PublicUrl, "Unsubscribe/" + token).ToString();
}
