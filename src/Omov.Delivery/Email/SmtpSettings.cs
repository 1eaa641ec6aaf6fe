using System.Globalization;

namespace Omov.Delivery.Email;

/// <summary>
/// Where and how to send. <see cref="FromEnvironment"/> reads them from <c>OMOV_SMTP_*</c>
/// variables, so that a password is never on a command line.
/// </summary>
public sealed record SmtpSettings
{
    public const string HostVariable = "OMOV_SMTP";
    public const string SecurityVariable = "OMOV_SMTP_SECURITY";
    public const string UserVariable = "OMOV_SMTP_USER";
    public const string PasswordVariable = "OMOV_SMTP_PASSWORD";
    public const string FromVariable = "OMOV_SMTP_FROM";

    public required string Host { get; init; }

    public required int Port { get; init; }

    public SmtpSecurity Security { get; init; } = SmtpSecurity.StartTlsWhenAvailable;

    /// <summary>The user to authenticate as; no authentication when null.</summary>
    public string? UserName { get; init; }

    public string? Password { get; init; }

    /// <summary>The From address, e.g. <c>Labour Party Ballots &lt;ballots@example.org&gt;</c>.</summary>
    public string From { get; init; } = "Omov <omov@localhost>";

    /// <summary>The right-hand side of every Message-ID header; by default the From address's domain.</summary>
    public string? MessageIdDomain { get; init; }

    /// <summary>How long to wait for the server at each step.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Settings from <c>OMOV_SMTP</c> (HOST:PORT), <c>OMOV_SMTP_SECURITY</c>, <c>OMOV_SMTP_USER</c>,
    /// <c>OMOV_SMTP_PASSWORD</c> and <c>OMOV_SMTP_FROM</c>, read by <paramref name="read"/> (the
    /// process environment by default); <paramref name="endpoint"/>, when given, replaces
    /// <c>OMOV_SMTP</c>. An error names the variable or value that is wrong, never the password.
    /// </summary>
    public static (SmtpSettings? Settings, string? Error) FromEnvironment(string? endpoint = null, Func<string, string?>? read = null)
    {
        read ??= Environment.GetEnvironmentVariable;
        var hostAndPort = endpoint ?? read(HostVariable);
        if (string.IsNullOrWhiteSpace(hostAndPort))
        {
            return (null, $"no SMTP server: give --smtp HOST:PORT or set {HostVariable}");
        }

        if (ParseEndpoint(hostAndPort) is not { } parsed)
        {
            return (null, $"'{hostAndPort}' is not HOST:PORT (a port from 1 to 65535)");
        }

        var security = SmtpSecurity.StartTlsWhenAvailable;
        if (read(SecurityVariable) is { Length: > 0 } securityName)
        {
            if (ParseSecurity(securityName) is not { } named)
            {
                return (null, $"{SecurityVariable}='{securityName}' is not one of none, starttls, starttls-when-available, tls");
            }

            security = named;
        }

        var user = read(UserVariable);
        var password = read(PasswordVariable);
        if (!string.IsNullOrEmpty(password) && string.IsNullOrEmpty(user))
        {
            return (null, $"{PasswordVariable} is set but {UserVariable} is not");
        }

        var settings = new SmtpSettings
        {
            Host = parsed.Host,
            Port = parsed.Port,
            Security = security,
            UserName = string.IsNullOrEmpty(user) ? null : user,
            Password = string.IsNullOrEmpty(password) ? null : password,
        };
        if (read(FromVariable) is { Length: > 0 } from)
        {
            if (!MimeKit.MailboxAddress.TryParse(from, out var address) || string.IsNullOrEmpty(address.Domain))
            {
                return (null, $"{FromVariable}='{from}' is not an email address");
            }

            settings = settings with { From = from };
        }

        return (settings, null);
    }

    /// <summary>Reads <c>HOST:PORT</c> (port 25 when left out); null when it is not one.</summary>
    public static (string Host, int Port)? ParseEndpoint(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var colon = text.LastIndexOf(':');
        var host = colon < 0 ? text : text[..colon];
        var port = 25;
        if (host.Length == 0 || (colon >= 0 && !int.TryParse(text[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out port)) || port is < 1 or > 65535)
        {
            return null;
        }

        return (host, port);
    }

    /// <summary>Reads a security name: none, starttls, starttls-when-available, tls; null when it is none of them.</summary>
    public static SmtpSecurity? ParseSecurity(string text) => text.Trim().ToLowerInvariant() switch
    {
        "none" => SmtpSecurity.None,
        "starttls" => SmtpSecurity.StartTls,
        "starttls-when-available" or "auto" => SmtpSecurity.StartTlsWhenAvailable,
        "tls" or "ssl" => SmtpSecurity.Tls,
        _ => null,
    };
}
