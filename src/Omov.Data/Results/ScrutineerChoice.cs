namespace Omov.Data.Results;

/// <summary>
/// A scrutineer chosen for a key ceremony (a staff account) and the passphrase they typed for
/// their share. A class, not a record, so the passphrase never appears in a generated ToString.
/// </summary>
public sealed class ScrutineerChoice
{
    /// <summary>The account's username and the passphrase.</summary>
    public ScrutineerChoice(string username, string passphrase)
    {
        ArgumentNullException.ThrowIfNull(username);
        ArgumentNullException.ThrowIfNull(passphrase);
        Username = username;
        Passphrase = passphrase;
    }

    /// <summary>The scrutineer's staff username: the holder named in the record and on the share file.</summary>
    public string Username { get; }

    /// <summary>The passphrase protecting their share file.</summary>
    public string Passphrase { get; }

    /// <inheritdoc/>
    public override string ToString() => Username;
}
