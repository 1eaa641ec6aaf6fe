namespace Omov.Data.Secrets;

/// <summary>A protected secret could not be opened: another key, another purpose, or damaged.</summary>
public sealed class SecretKeyMismatchException : Exception
{
    /// <summary>An exception with no message.</summary>
    public SecretKeyMismatchException()
    {
    }

    /// <summary>An exception with <paramref name="message"/>.</summary>
    public SecretKeyMismatchException(string message)
        : base(message)
    {
    }

    /// <summary>An exception with <paramref name="message"/> caused by <paramref name="innerException"/>.</summary>
    public SecretKeyMismatchException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
