namespace Omov.Elections.Staff;

/// <summary>The outcome of checking a password against a stored hash.</summary>
public enum PasswordVerification
{
    /// <summary>Wrong password, or a stored hash that is not in a known format.</summary>
    Failed,

    /// <summary>Right password.</summary>
    Success,

    /// <summary>Right password, but the hash used fewer iterations than today's setting: hash it again and store the new one.</summary>
    SuccessRehashNeeded,
}
