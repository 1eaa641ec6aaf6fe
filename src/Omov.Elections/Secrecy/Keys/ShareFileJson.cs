using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Omov.Elections.Secrecy.Keys;

/// <summary>
/// The JSON form of a <see cref="ShareFile"/>, version 1:
/// <code>
/// {
///   "format": "omov-key-share", "version": 1,
///   "keyId": "32 hex digits (first 128 bits of SHA-256 of the election key; for people to compare)",
///   "electionPublicKey": "Base64 of the 65-byte SEC 1 point",
///   "share": 2, "shares": 5, "threshold": 3, "holder": "Scrutineer B",
///   "verificationKey": "Base64 of share·G (65 bytes)",
///   "kdf": "pbkdf2-sha256", "iterations": 1000000, "salt": "Base64, 16 bytes",
///   "cipher": "aes-256-gcm", "nonce": "Base64, 12 bytes", "sealedShare": "Base64, 32 + 16 bytes"
/// }
/// </code>
/// Reading is strict: every field present once, of the right type and size; no others.
/// </summary>
internal static class ShareFileJson
{
    private const string Kdf = "pbkdf2-sha256";
    private const string Cipher = "aes-256-gcm";

    private static readonly string[] s_fields =
    [
        "format", "version", "keyId", "electionPublicKey", "share", "shares", "threshold", "holder",
        "verificationKey", "kdf", "iterations", "salt", "cipher", "nonce", "sealedShare",
    ];

    public static string Write(ShareFile file)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteString("format", ShareFile.FormatName);
            writer.WriteNumber("version", ShareFile.Version1);
            writer.WriteString("keyId", file.ElectionPublicKey.KeyId);
            writer.WriteString("electionPublicKey", file.ElectionPublicKey.ToBase64());
            writer.WriteNumber("share", file.Index);
            writer.WriteNumber("shares", file.Count);
            writer.WriteNumber("threshold", file.Threshold);
            writer.WriteString("holder", file.Holder);
            writer.WriteString("verificationKey", Convert.ToBase64String(file.VerificationKey));
            writer.WriteString("kdf", Kdf);
            writer.WriteNumber("iterations", file.Iterations);
            writer.WriteString("salt", Convert.ToBase64String(file.Salt));
            writer.WriteString("cipher", Cipher);
            writer.WriteString("nonce", Convert.ToBase64String(file.Nonce));
            writer.WriteString("sealedShare", Convert.ToBase64String(file.SealedShare));
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
    }

    public static ShareFileReadResult Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > 16_384)
        {
            return ShareFileReadResult.Fail("share file: longer than any share file (16 KB); this is not one.");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, new JsonDocumentOptions { AllowDuplicateProperties = false, MaxDepth = 2 });
        }
        catch (JsonException e)
        {
            return ShareFileReadResult.Fail(string.Create(CultureInfo.InvariantCulture,
                $"share file: not valid JSON (line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1})."));
        }

        using (document)
        {
            return Read(document.RootElement);
        }
    }

    private static ShareFileReadResult Read(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return ShareFileReadResult.Fail("share file: not a JSON object.");
        }

        foreach (var property in root.EnumerateObject())
        {
            if (!s_fields.Contains(property.Name, StringComparer.Ordinal))
            {
                return ShareFileReadResult.Fail(ShareFileMessages.Field(property.Name, "is not part of a share file."));
            }
        }

        string? error = null;
        var format = Text(root, "format", ref error);
        if (error is null && format != ShareFile.FormatName)
        {
            return ShareFileReadResult.Fail(ShareFileMessages.Field("format", "is not \"omov-key-share\": this is not an Omov share file."));
        }

        var version = Number(root, "version", 1, int.MaxValue, ref error);
        if (error is null && version != ShareFile.Version1)
        {
            return ShareFileReadResult.Fail(ShareFileMessages.Field("version", string.Create(CultureInfo.InvariantCulture, $"is {version}; this build reads version {ShareFile.Version1}.")));
        }

        var keyId = Text(root, "keyId", ref error);
        var publicKeyBytes = Bytes(root, "electionPublicKey", P256.PointBytes, ref error);
        var index = Number(root, "share", 1, KeyCeremonyRequest.MaxScrutineers, ref error);
        var count = Number(root, "shares", 1, KeyCeremonyRequest.MaxScrutineers, ref error);
        var threshold = Number(root, "threshold", 1, KeyCeremonyRequest.MaxScrutineers, ref error);
        var holder = Text(root, "holder", ref error);
        var verificationKey = Bytes(root, "verificationKey", P256.PointBytes, ref error);
        var kdf = Text(root, "kdf", ref error);
        var iterations = Number(root, "iterations", 1, ShareFile.MaxIterations, ref error);
        var salt = Bytes(root, "salt", ShareFile.SaltLength, ref error);
        var cipher = Text(root, "cipher", ref error);
        var nonce = Bytes(root, "nonce", ShareFile.NonceLength, ref error);
        var sealedShare = Bytes(root, "sealedShare", P256.ScalarBytes + ShareFile.TagLength, ref error);
        if (error is not null)
        {
            return ShareFileReadResult.Fail(error);
        }

        var publicKey = ElectionPublicKey.FromBytes(publicKeyBytes!);
        var problem =
            publicKey is null ? ShareFileMessages.Field("electionPublicKey", "is not a point on P-256.")
            : publicKey.KeyId != keyId ? ShareFileMessages.Field("keyId", "does not match electionPublicKey.")
            : threshold > count ? ShareFileMessages.Field("threshold", "is more than \"shares\".")
            : index > count ? ShareFileMessages.Field("share", "is more than \"shares\".")
            : ElectionPublicKey.FromBytes(verificationKey!) is null ? ShareFileMessages.Field("verificationKey", "is not a point on P-256.")
            : kdf != Kdf ? ShareFileMessages.Field("kdf", "is not \"pbkdf2-sha256\".")
            : cipher != Cipher ? ShareFileMessages.Field("cipher", "is not \"aes-256-gcm\".")
            : null;
        if (problem is not null)
        {
            return ShareFileReadResult.Fail(problem);
        }

        return ShareFileReadResult.Ok(new ShareFile
        {
            ElectionPublicKey = publicKey!,
            Index = index,
            Count = count,
            Threshold = threshold,
            Holder = holder!,
            VerificationKey = verificationKey!,
            Iterations = iterations,
            Salt = salt!,
            Nonce = nonce!,
            SealedShare = sealedShare!,
        });
    }

    private static string? Text(JsonElement root, string name, ref string? error)
    {
        if (error is not null)
        {
            return null;
        }

        if (!root.TryGetProperty(name, out var value))
        {
            error = ShareFileMessages.Field(name, "is missing.");
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            error = ShareFileMessages.Field(name, "is not a string.");
            return null;
        }

        return value.GetString();
    }

    private static int Number(JsonElement root, string name, int min, int max, ref string? error)
    {
        if (error is not null)
        {
            return 0;
        }

        if (!root.TryGetProperty(name, out var value))
        {
            error = ShareFileMessages.Field(name, "is missing.");
            return 0;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out var number) || number < min || number > max)
        {
            error = ShareFileMessages.Field(name, string.Create(CultureInfo.InvariantCulture, $"is not a whole number from {min} to {max}."));
            return 0;
        }

        return number;
    }

    private static byte[]? Bytes(JsonElement root, string name, int length, ref string? error)
    {
        var text = Text(root, name, ref error);
        if (text is null)
        {
            return null;
        }

        var bytes = new byte[length];
        if (!Convert.TryFromBase64String(text, bytes, out var written) || written != length)
        {
            error = ShareFileMessages.Field(name, string.Create(CultureInfo.InvariantCulture, $"is not Base64 of {length} bytes."));
            return null;
        }

        return bytes;
    }
}
