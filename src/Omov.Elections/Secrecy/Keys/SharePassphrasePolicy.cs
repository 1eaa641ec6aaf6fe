using System.Globalization;
using Omov.Elections.Staff;

namespace Omov.Elections.Secrecy.Keys;

/// <summary>
/// What a scrutineer's passphrase must be. A stolen share file can be attacked offline, for as long
/// as the attacker likes, so the bar is higher than for a sign-in password: at least
/// <see cref="MinimumLength"/> characters (four or five unrelated words), not a common password,
/// not one character repeated. The ceremony also refuses two scrutineers with the same passphrase.
/// </summary>
public static class SharePassphrasePolicy
{
    /// <summary>The shortest passphrase accepted, in characters.</summary>
    public const int MinimumLength = 16;

    /// <summary>The longest accepted (a bound on hashing work).</summary>
    public const int MaximumLength = 256;

    /// <summary>Every way <paramref name="passphrase"/> falls short, in words fit to show its owner; empty when acceptable.</summary>
    public static IReadOnlyList<string> Check(string passphrase)
    {
        ArgumentNullException.ThrowIfNull(passphrase);
        var problems = new List<string>();
        var length = passphrase.EnumerateRunes().Count();
        if (length < MinimumLength)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture,
                $"A share passphrase must be at least {MinimumLength} characters long; this one has {length}. Four or five unrelated words make one that is easy to remember."));
        }

        if (length > MaximumLength)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"A share passphrase must be at most {MaximumLength} characters long."));
        }

        if (CommonPasswords.Contains(passphrase))
        {
            problems.Add("This passphrase is one of the most commonly used, and is among the first an attacker tries. Choose another.");
        }

        if (passphrase.Length > 0 && passphrase.All(c => c == passphrase[0]))
        {
            problems.Add("A share passphrase must not be one character repeated.");
        }

        if (passphrase.Length > 0 && passphrase.Trim().Length != passphrase.Length)
        {
            problems.Add("A share passphrase must not begin or end with a space, which is easy to lose when typing it again.");
        }

        return problems;
    }
}
