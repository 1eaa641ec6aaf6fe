using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Time.Testing;
using Omov.Elections.Audit;

namespace Omov.Elections.Tests.Audit;

/// <summary>
/// The canonical form is a published contract: these tests write the documented text out by hand
/// and hash it with nothing but SHA-256, as a third party's verifier would.
/// </summary>
public sealed class AuditCanonicalFormTests
{
    private static string Sha256Hex(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static List<AuditEntry> KnownChain()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 1, 20, 17, 0, 0, TimeSpan.Zero));
        var chain = new AuditChain(clock);
        var entries = new List<AuditEntry>
        {
            chain.Append(AuditActors.System, AuditActions.StaffCreated, "admin", new Dictionary<string, string> { ["roles"] = "administrator" }),
        };
        clock.Advance(TimeSpan.FromTicks(12_345_678));
        entries.Add(chain.Append("admin", AuditActions.MemberViewed, "L0000001"));
        clock.Advance(TimeSpan.FromMinutes(3));
        entries.Add(chain.Append("admin", AuditActions.MembersExported, string.Empty, new Dictionary<string, string>
        {
            ["rows"] = "600000",
            ["filter"] = "localParty=\"CLP-0001\"\\all\n",
            ["Format"] = "csv",
            ["note"] = "Caerdydd — ŵ ✓ \u0001",
        }));
        return entries;
    }

    [Fact]
    public void ComputeHash_KnownChain_MatchesTheDocumentedTextHashedIndependently()
    {
        var entries = KnownChain();
        var genesis = new string('0', 64);

        var first = "{\"action\":\"staff.created\",\"actor\":\"system\",\"details\":{\"roles\":\"administrator\"},\"previousHash\":\"" + genesis
            + "\",\"sequence\":1,\"subject\":\"admin\",\"timestamp\":\"2026-01-20T17:00:00.0000000Z\"}";
        Assert.Equal(first, AuditCanonicalForm.Of(entries[0]));
        Assert.Equal(Sha256Hex(first), entries[0].Hash);

        var second = "{\"action\":\"member.viewed\",\"actor\":\"admin\",\"details\":{},\"previousHash\":\"" + entries[0].Hash
            + "\",\"sequence\":2,\"subject\":\"L0000001\",\"timestamp\":\"2026-01-20T17:00:01.2345678Z\"}";
        Assert.Equal(Sha256Hex(second), entries[1].Hash);

        // Keys sorted by UTF-16 code units ("Format" before "filter"); only quote, backslash and
        // control characters escaped; everything else, Welsh letters included, as itself.
        var third = "{\"action\":\"members.exported\",\"actor\":\"admin\",\"details\":{\"Format\":\"csv\",\"filter\":\"localParty=\\\"CLP-0001\\\"\\\\all\\n\",\"note\":\"Caerdydd — ŵ ✓ \\u0001\",\"rows\":\"600000\"},\"previousHash\":\"" + entries[1].Hash
            + "\",\"sequence\":3,\"subject\":\"\",\"timestamp\":\"2026-01-20T17:03:01.2345678Z\"}";
        Assert.Equal(third, AuditCanonicalForm.Of(entries[2]));
        Assert.Equal(Sha256Hex(third), entries[2].Hash);
    }

    [Fact]
    public void Export_KnownChain_MatchesTheApprovedFile()
    {
        using var text = new StringWriter();
        AuditLogFile.Write(KnownChain(), text);

        Approvals.Verify(text.ToString(), "known-chain.jsonl");
    }

    [Fact]
    public void Of_DetailsInAnyInsertionOrder_IsTheSame()
    {
        var entry = KnownChain()[2];
        var reversed = entry with { Details = entry.Details.Reverse().ToDictionary(StringComparer.Ordinal) };

        Assert.Equal(AuditCanonicalForm.Of(entry), AuditCanonicalForm.Of(reversed));
    }

    [Fact]
    public void Of_SameInstantAtAnotherOffset_WritesUtc()
    {
        var entry = KnownChain()[0];

        var text = AuditCanonicalForm.Of(entry with { Timestamp = entry.Timestamp.ToOffset(TimeSpan.FromHours(1)) });

        Assert.Contains("\"timestamp\":\"2026-01-20T17:00:00.0000000Z\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Of_AllControlCharacters_EscapedAsRfc8785Says()
    {
        var entry = KnownChain()[0] with { Subject = "\b\t\n\f\r\u0000\u001f\u007f\u2028" };

        var text = AuditCanonicalForm.Of(entry);

        Assert.Contains("\"subject\":\"\\b\\t\\n\\f\\r\\u0000\\u001f\u007f\u2028\"", text, StringComparison.Ordinal);
    }
}
