using System.Globalization;

namespace Omov.Elections.Secrecy.Keys;

/// <summary>Words for share file problems; none shows a passphrase or key material.</summary>
internal static class ShareFileMessages
{
    public static string WrongPassphrase(int index) => string.Create(CultureInfo.InvariantCulture,
        $"Share {index} did not unlock: the passphrase is wrong, or the share file has been altered.");

    public static string ValueDoesNotMatchVerificationKey(int index) => string.Create(CultureInfo.InvariantCulture,
        $"Share {index} unlocked, but its value does not match its verification key: the file was made wrongly.");

    public static string Field(string field, string problem) => string.Create(CultureInfo.InvariantCulture,
        $"share file: field \"{field}\" {problem}");
}
