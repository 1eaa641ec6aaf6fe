using OtpNet;

namespace Omov.Elections.Staff;

/// <summary>
/// The second factor: RFC 6238 time-based one-time codes (SHA-1, 6 digits, 30-second steps: what
/// every authenticator app supports), through Otp.NET. A code is accepted for its own step and one
/// step either side (clock drift and typing time), and never twice: the caller keeps the last step
/// used and passes it back in.
/// </summary>
public sealed class TotpAuthenticator
{
    /// <summary>The issuer shown in authenticator apps.</summary>
    public const string Issuer = "Omov";

    /// <summary>Digits in a code.</summary>
    public const int Digits = 6;

    /// <summary>Seconds in a step.</summary>
    public const int StepSeconds = 30;

    private static readonly VerificationWindow s_window = new(previous: 1, future: 1);

    private readonly TimeProvider _time;

    /// <summary>An authenticator that reads the time from <paramref name="time"/>.</summary>
    public TotpAuthenticator(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        _time = time;
    }

    /// <summary>A new random 160-bit secret (RFC 4226's recommended length), in Base32.</summary>
    public static string NewSecret() => Base32Encoding.ToString(KeyGeneration.GenerateRandomKey(20));

    /// <summary>
    /// The <c>otpauth://totp/…</c> URI an authenticator app reads from a QR code, labelled
    /// "Omov:<paramref name="username"/>" with issuer "Omov".
    /// </summary>
    public static Uri ProvisioningUri(string secret, string username)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(secret);
        ArgumentException.ThrowIfNullOrWhiteSpace(username);
        return new OtpUri(OtpType.Totp, secret, username, Issuer, OtpHashMode.Sha1, Digits, StepSeconds).ToUri();
    }

    /// <summary>
    /// Checks <paramref name="code"/> (six digits; spaces are ignored, as apps show "123 456")
    /// against <paramref name="secret"/> at the current time, refusing a step at or before
    /// <paramref name="lastUsedStep"/>.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="secret"/> is not Base32 (stored data is corrupt).</exception>
    public TotpCheck Verify(string secret, string code, long? lastUsedStep)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(secret);
        ArgumentNullException.ThrowIfNull(code);
        var digits = code.Replace(" ", string.Empty, StringComparison.Ordinal);
        if (digits.Length != Digits || !digits.All(char.IsAsciiDigit))
        {
            return Refuse(TotpFailure.Malformed, null, "Enter the 6-digit code from your authenticator app.");
        }

        byte[] key;
        try
        {
            key = Base32Encoding.ToBytes(secret);
        }
        catch (ArgumentException ex)
        {
            throw new ArgumentException("The stored TOTP secret is not Base32.", nameof(secret), ex);
        }

        var totp = new Totp(key, StepSeconds, OtpHashMode.Sha1, Digits);
        if (!totp.VerifyTotp(_time.GetUtcNow().UtcDateTime, digits, out var step, s_window))
        {
            return Refuse(TotpFailure.Wrong, null, "That code is not right. Check the time on your phone and try the code now showing.");
        }

        // Steps only move forward: a code from before (or of) the last one used is a replay.
        if (step <= lastUsedStep)
        {
            return Refuse(TotpFailure.Replayed, step, "That code has already been used. Wait for the next one.");
        }

        return new TotpCheck { Accepted = true, Step = step };
    }

    private static TotpCheck Refuse(TotpFailure failure, long? step, string message) =>
        new() { Accepted = false, Step = step, Failure = failure, Message = message };
}
