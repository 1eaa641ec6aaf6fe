namespace Omov.Elections.Secrecy.Sealing;

/// <summary>Why a sealed ballot did not open.</summary>
public enum OpenFailure
{
    /// <summary>It opened.</summary>
    None,

    /// <summary>Too short to be a sealed ballot.</summary>
    Malformed,

    /// <summary>A version byte this code does not know.</summary>
    UnsupportedVersion,

    /// <summary>The ephemeral key is not a point on P-256.</summary>
    InvalidEphemeralKey,

    /// <summary>
    /// The tag did not verify: the bytes were changed, the ballot was sealed to another key, or it
    /// belongs to another event (or is a ceremony test ballot). Authenticated encryption cannot
    /// tell these apart, by design.
    /// </summary>
    AuthenticationFailed,
}
