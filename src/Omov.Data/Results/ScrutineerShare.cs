namespace Omov.Data.Results;

/// <summary>
/// A share file brought to the opening and its holder's passphrase. A class, not a record, so the
/// passphrase never appears in a generated ToString.
/// </summary>
public sealed class ScrutineerShare
{
    /// <summary>A share file's text, where it came from (a file name, for messages), and its passphrase.</summary>
    public ScrutineerShare(string source, string fileText, string passphrase)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(fileText);
        ArgumentNullException.ThrowIfNull(passphrase);
        Source = source;
        FileText = fileText;
        Passphrase = passphrase;
    }

    /// <summary>Where the file came from, named in messages (e.g. its file name).</summary>
    public string Source { get; }

    /// <summary>The share file's text.</summary>
    public string FileText { get; }

    /// <summary>Its passphrase.</summary>
    public string Passphrase { get; }

    /// <inheritdoc/>
    public override string ToString() => Source;
}
