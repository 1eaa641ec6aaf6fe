namespace Omov.Delivery.Reissue;

/// <summary>How a replacement voting code goes out: to the email address on file, or as a postal pack to the address on file.</summary>
public enum ReissueChannel
{
    /// <summary>A new ballot email, through the outbox.</summary>
    Email,

    /// <summary>A new postal pack, queued for printing.</summary>
    Post,
}
