using Omov.Elections.Staff;

namespace Omov.Elections.Tests.Staff;

public sealed class StaffAccountTests
{
    [Theory]
    [InlineData(StaffRole.Administrator)]
    [InlineData(StaffRole.ReturningOfficer)]
    [InlineData(StaffRole.Scrutineer)]
    [InlineData(StaffRole.LocalOfficer)]
    public void Validate_WellFormedAccount_HasNoProblems(StaffRole role) =>
        Assert.Empty(StaffAccounts.With(role).Validate());

    [Fact]
    public void Validate_LocalOfficerWithoutParty_SaysSo() =>
        Assert.Contains("A local officer must have a local party.", (StaffAccounts.With(StaffRole.LocalOfficer) with { LocalPartyCode = null }).Validate());

    [Fact]
    public void Validate_PartyWithoutLocalOfficerRole_SaysSo() =>
        Assert.Contains("Only a local officer has a local party.", (StaffAccounts.With(StaffRole.Scrutineer) with { LocalPartyCode = "CLP-0001" }).Validate());

    [Fact]
    public void Validate_NoRole_SaysSo() =>
        Assert.Contains("The account has no role.", StaffAccounts.With().Validate());

    [Theory]
    [InlineData("ab")]
    [InlineData("JSmith")]
    [InlineData("j smith")]
    [InlineData("1smith")]
    [InlineData("robert'); drop table staff;--")]
    public void Validate_BadUsername_SaysWhatIsAllowed(string username) =>
        Assert.Contains((StaffAccounts.With(StaffRole.Administrator) with { Username = username }).Validate(), p => p.StartsWith("The username must be", StringComparison.Ordinal));

    [Fact]
    public void ToString_NeverShowsSecrets()
    {
        var account = StaffAccounts.With(StaffRole.LocalOfficer);

        var text = account.ToString();

        Assert.Contains("someone", text, StringComparison.Ordinal);
        Assert.Contains("CLP-0001", text, StringComparison.Ordinal);
        Assert.DoesNotContain(account.PasswordHash, text, StringComparison.Ordinal);
        Assert.DoesNotContain(account.TotpSecret!, text, StringComparison.Ordinal);
        Assert.DoesNotContain(account.RecoveryCodeHashes[0], text, StringComparison.Ordinal);
        Assert.DoesNotContain(account.Email, text, StringComparison.Ordinal);
    }
}
