using System.Globalization;

namespace Omov.Elections.Secrecy.Sealing;

/// <summary>The words for sealing failures. None of them shows key material or ballot contents.</summary>
internal static class SealingMessages
{
    public static string TooShort(int length) => string.Create(CultureInfo.InvariantCulture,
        $"A sealed ballot has at least {SealedBallotFormat.Overhead} bytes; this has {length}.");

    public static string UnsupportedVersion(byte version) => string.Create(CultureInfo.InvariantCulture,
        $"Sealed ballot format version {version} is not supported (this build reads version {SealedBallotFormat.Version1}).");

    public const string InvalidEphemeralKey = "The sealed ballot's ephemeral key (bytes 1-65) is not a point on P-256: the ballot is damaged.";

    public const string AuthenticationFailed =
        "The sealed ballot did not verify: it was altered, sealed to another election key, or sealed for another event.";
}
