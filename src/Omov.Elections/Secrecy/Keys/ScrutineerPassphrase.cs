namespace Omov.Elections.Secrecy.Keys;

/// <summary>
/// A scrutineer taking part in a key ceremony and the passphrase they chose for their share. A
/// class, not a record, so that the passphrase never appears in a generated ToString.
/// </summary>
public sealed class ScrutineerPassphrase
{
    /// <summary>A scrutineer and their passphrase.</summary>
    public ScrutineerPassphrase(string holder, string passphrase)
    {
        ArgumentNullException.ThrowIfNull(holder);
        ArgumentNullException.ThrowIfNull(passphrase);
        Holder = holder;
        Passphrase = passphrase;
    }

    /// <summary>How the share's holder is named in the record and on their share file.</summary>
    public string Holder { get; }

    /// <summary>The passphrase protecting their share file.</summary>
    public string Passphrase { get; }

    /// <inheritdoc/>
    public override string ToString() => Holder;
}
