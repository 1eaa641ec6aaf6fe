using Omov.Delivery.Email;

namespace Omov.Delivery.Tests.Email;

public sealed class SmtpSettingsTests
{
    private static Func<string, string?> Environment(params (string Name, string Value)[] variables) =>
        name => variables.FirstOrDefault(v => v.Name == name).Value;

    [Fact]
    public void FromEnvironment_AllVariables_Read()
    {
        var (settings, error) = SmtpSettings.FromEnvironment(read: Environment(
            ("OMOV_SMTP", "smtp.example.org:587"), ("OMOV_SMTP_SECURITY", "starttls"), ("OMOV_SMTP_USER", "ballots"),
            ("OMOV_SMTP_PASSWORD", "s3cret"), ("OMOV_SMTP_FROM", "Ballots <ballots@example.org>")));

        Assert.Null(error);
        Assert.Equal(("smtp.example.org", 587, SmtpSecurity.StartTls, "ballots", "s3cret", "Ballots <ballots@example.org>"),
            (settings!.Host, settings.Port, settings.Security, settings.UserName, settings.Password, settings.From));
    }

    [Fact]
    public void FromEnvironment_EndpointGiven_OverridesVariableAndDefaultsRest()
    {
        var (settings, _) = SmtpSettings.FromEnvironment("localhost:2525", Environment(("OMOV_SMTP", "other:25")));

        Assert.Equal(("localhost", 2525, SmtpSecurity.StartTlsWhenAvailable, (string?)null), (settings!.Host, settings.Port, settings.Security, settings.UserName));
        Assert.Equal(("relay", 25), SmtpSettings.ParseEndpoint("relay"));
    }

    [Theory]
    [InlineData("OMOV_SMTP_SECURITY", "maybe", "OMOV_SMTP_SECURITY='maybe' is not one of none, starttls, starttls-when-available, tls")]
    [InlineData("OMOV_SMTP_FROM", "not an address", "OMOV_SMTP_FROM='not an address' is not an email address")]
    [InlineData("OMOV_SMTP_PASSWORD", "s3cret", "OMOV_SMTP_PASSWORD is set but OMOV_SMTP_USER is not")]
    public void FromEnvironment_BadVariable_NamesItButNeverThePassword(string name, string value, string expected)
    {
        var (settings, error) = SmtpSettings.FromEnvironment("localhost:25", Environment((name, value)));

        Assert.Null(settings);
        Assert.Equal(expected, error);
        Assert.DoesNotContain("s3cret", error, StringComparison.Ordinal);
    }
}
