using System.Security.Cryptography;
using System.Text;
using Omov.Elections.Rulebooks;

namespace Omov.Data.Contests;

/// <summary>A checked rulebook with the exact JSON text to store and that text's SHA-256.</summary>
public sealed record ContestRulebook
{
    private ContestRulebook(Rulebook rulebook, string json, string digest)
    {
        Rulebook = rulebook;
        Json = json;
        Digest = digest;
    }

    /// <summary>The rulebook.</summary>
    public Rulebook Rulebook { get; }

    /// <summary>Its JSON text, as stored.</summary>
    public string Json { get; }

    /// <summary>SHA-256 of <see cref="Json"/>'s UTF-8 bytes, lower-case hex.</summary>
    public string Digest { get; }

    /// <summary>A valid rulebook, stored as its canonical JSON (<see cref="RulebookJson.Serialize"/>).</summary>
    public static ContestRulebook Of(Rulebook rulebook)
    {
        ArgumentNullException.ThrowIfNull(rulebook);
        var json = RulebookJson.Serialize(rulebook);
        return new ContestRulebook(rulebook, json, DigestOf(json));
    }

    /// <summary>SHA-256 of a rulebook's JSON text, lower-case hex.</summary>
    public static string DigestOf(string json) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json)));
}
