using System.Globalization;
using System.Text;
using System.Text.Json;
using Omov.Elections.Secrecy.Sealing;

namespace Omov.Elections.Secrecy.Keys;

/// <summary>
/// The JSON form of a <see cref="KeyCeremonyRecord"/>, version 1, for storage and publication:
/// <code>
/// { "format": "omov-key-ceremony", "version": 1, "eventId": "…",
///   "keyId": "…", "electionPublicKey": "Base64", "threshold": 3,
///   "holders": [ { "share": 1, "holder": "…", "verificationKey": "Base64" }, … ],
///   "testBallot": "Base64", "testBallotTrackingCode": "XXXX-XXXX-XXXX-XXXX", "testPlaintextDigest": "hex",
///   "openedWith": [[1,2,3],[3,4,5]], "allSharesConsistent": true }
/// </code>
/// </summary>
public static class KeyCeremonyRecordJson
{
    /// <summary>The <c>format</c> field's value.</summary>
    public const string FormatName = "omov-key-ceremony";

    /// <summary>The record as indented JSON ending in a newline.</summary>
    public static string Write(KeyCeremonyRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteString("format", FormatName);
            writer.WriteNumber("version", 1);
            writer.WriteString("eventId", record.EventId);
            writer.WriteString("keyId", record.PublicKey.KeyId);
            writer.WriteString("electionPublicKey", record.PublicKey.ToBase64());
            writer.WriteNumber("threshold", record.Threshold);
            writer.WriteStartArray("holders");
            foreach (var holder in record.Holders)
            {
                writer.WriteStartObject();
                writer.WriteNumber("share", holder.Index);
                writer.WriteString("holder", holder.Holder);
                writer.WriteString("verificationKey", Convert.ToBase64String(holder.VerificationKey));
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteString("testBallot", Convert.ToBase64String(record.TestBallot));
            writer.WriteString("testBallotTrackingCode", record.TestBallotTrackingCode.Text);
            writer.WriteString("testPlaintextDigest", record.TestPlaintextDigest);
            writer.WriteStartArray("openedWith");
            foreach (var set in record.OpenedWith)
            {
                writer.WriteStartArray();
                foreach (var index in set)
                {
                    writer.WriteNumberValue(index);
                }

                writer.WriteEndArray();
            }

            writer.WriteEndArray();
            writer.WriteBoolean("allSharesConsistent", record.AllSharesConsistent);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    /// <summary>Reads a record written by <see cref="Write"/>; the error names the first problem. Never throws for bad text.</summary>
    public static KeyCeremonyRecordReadResult Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        try
        {
            using var document = JsonDocument.Parse(text, new JsonDocumentOptions { AllowDuplicateProperties = false, MaxDepth = 4 });
            return Read(document.RootElement);
        }
        catch (JsonException e)
        {
            return KeyCeremonyRecordReadResult.Fail(Say($"key ceremony record: not valid JSON (line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1})."));
        }
        catch (Exception e) when (e is InvalidOperationException or FormatException or KeyNotFoundException)
        {
            // GetString/GetInt32/GetProperty on a field of the wrong type or a missing one.
            return KeyCeremonyRecordReadResult.Fail("key ceremony record: a field is missing or of the wrong type.");
        }
    }

    private static KeyCeremonyRecordReadResult Read(JsonElement root)
    {
        if (root.GetProperty("format").GetString() != FormatName || root.GetProperty("version").GetInt32() != 1)
        {
            return KeyCeremonyRecordReadResult.Fail("key ceremony record: not an Omov key ceremony record, version 1.");
        }

        var publicKey = ElectionPublicKey.FromBase64(root.GetProperty("electionPublicKey").GetString()!);
        if (publicKey is null || publicKey.KeyId != root.GetProperty("keyId").GetString())
        {
            return KeyCeremonyRecordReadResult.Fail("key ceremony record: \"electionPublicKey\" is not a P-256 point matching \"keyId\".");
        }

        var holders = new List<ShareHolder>();
        foreach (var holder in root.GetProperty("holders").EnumerateArray())
        {
            var index = holder.GetProperty("share").GetInt32();
            var key = Convert.FromBase64String(holder.GetProperty("verificationKey").GetString()!);
            if (index != holders.Count + 1 || ElectionPublicKey.FromBytes(key) is null)
            {
                return KeyCeremonyRecordReadResult.Fail(Say($"key ceremony record: holder {holders.Count + 1} is out of order or has no valid verification key."));
            }

            holders.Add(new ShareHolder(index, holder.GetProperty("holder").GetString()!, key));
        }

        var threshold = root.GetProperty("threshold").GetInt32();
        if (holders.Count is < 1 or > KeyCeremonyRequest.MaxScrutineers || threshold < 1 || threshold > holders.Count)
        {
            return KeyCeremonyRecordReadResult.Fail("key ceremony record: \"threshold\" and \"holders\" do not make a k-of-n sharing with 1 ≤ k ≤ n ≤ 15.");
        }

        var testBallot = Convert.FromBase64String(root.GetProperty("testBallot").GetString()!);
        if (!SealedBallot.Read(testBallot).Success)
        {
            return KeyCeremonyRecordReadResult.Fail("key ceremony record: \"testBallot\" is not a sealed ballot.");
        }

        var openedWith = root.GetProperty("openedWith").EnumerateArray()
            .Select(set => (IReadOnlyList<int>)[.. set.EnumerateArray().Select(i => i.GetInt32())]).ToList();
        if (openedWith.Any(set => set.Count != threshold || set.Any(i => i < 1 || i > holders.Count)))
        {
            return KeyCeremonyRecordReadResult.Fail("key ceremony record: \"openedWith\" holds a set that is not k share numbers.");
        }

        return KeyCeremonyRecordReadResult.Ok(new KeyCeremonyRecord
        {
            EventId = root.GetProperty("eventId").GetString()!,
            PublicKey = publicKey,
            Threshold = threshold,
            Holders = holders,
            TestBallot = testBallot,
            TestPlaintextDigest = root.GetProperty("testPlaintextDigest").GetString()!,
            OpenedWith = openedWith,
            AllSharesConsistent = root.GetProperty("allSharesConsistent").GetBoolean(),
        });
    }

    private static string Say(FormattableString message) => message.ToString(CultureInfo.InvariantCulture);
}
