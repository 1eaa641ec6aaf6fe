namespace Omov.Elections.Secrecy.Keys;

/// <summary>
/// What the returning officer sets for a key ceremony: the event the key is for, the scrutineers
/// who will each hold a share (n of them, in share order), and how many must come together to open
/// the box (the threshold k).
/// </summary>
public sealed record KeyCeremonyRequest(string EventId, int Threshold, IReadOnlyList<ScrutineerPassphrase> Scrutineers)
{
    /// <summary>The most scrutineers a ceremony takes: enough for any real panel, few enough to check every share quickly.</summary>
    public const int MaxScrutineers = 15;

    /// <summary>PBKDF2 iterations for the share files (tests lower it; production keeps the default).</summary>
    public int Iterations { get; init; } = ShareFile.DefaultIterations;
}
