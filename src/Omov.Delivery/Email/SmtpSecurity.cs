namespace Omov.Delivery.Email;

/// <summary>How the connection to the SMTP server is protected.</summary>
public enum SmtpSecurity
{
    /// <summary>Plain SMTP (a relay on the same host or private network).</summary>
    None,

    /// <summary>STARTTLS, required: refuse to send if the server does not offer it.</summary>
    StartTls,

    /// <summary>STARTTLS when the server offers it, plain otherwise.</summary>
    StartTlsWhenAvailable,

    /// <summary>TLS from the first byte (port 465).</summary>
    Tls,
}
