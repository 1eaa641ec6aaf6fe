using System.Globalization;

namespace Omov.Elections.Staff;

/// <summary>
/// What a staff password must be: at least <see cref="MinimumLength"/> characters (NIST SP 800-63B
/// favours length over composition rules, so there are none), not a commonly used password, and not
/// the username. The messages are written to be shown to the person choosing the password.
/// </summary>
public static class PasswordPolicy
{
    /// <summary>The shortest password accepted, in characters.</summary>
    public const int MinimumLength = 12;

    /// <summary>The longest password accepted (a bound on hashing work, far above any real passphrase).</summary>
    public const int MaximumLength = 256;

    /// <summary>Every way <paramref name="password"/> falls short, in plain English; empty when it is acceptable.</summary>
    public static IReadOnlyList<string> Check(string password, string username)
    {
        ArgumentNullException.ThrowIfNull(password);
        ArgumentNullException.ThrowIfNull(username);
        var problems = new List<string>();
        var length = password.EnumerateRunes().Count();
        if (length < MinimumLength)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"The password must be at least {MinimumLength} characters long; this one has {length}. A few unrelated words make a long password that is easy to remember."));
        }

        if (length > MaximumLength)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"The password must be at most {MaximumLength} characters long."));
        }

        if (CommonPasswords.Contains(password))
        {
            problems.Add("This password is one of the most commonly used, and is among the first an attacker tries. Choose another.");
        }

        if (username.Length > 0 && (string.Equals(password.Trim(), username.Trim(), StringComparison.OrdinalIgnoreCase)
            || string.Equals(new string(password.Reverse().ToArray()).Trim(), username.Trim(), StringComparison.OrdinalIgnoreCase)))
        {
            problems.Add("The password must not be the username.");
        }

        if (password.Length > 0 && password.All(c => c == password[0]))
        {
            problems.Add("The password must not be one character repeated.");
        }

        return problems;
    }
}
