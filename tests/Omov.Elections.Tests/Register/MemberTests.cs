using Omov.Elections.Register;

namespace Omov.Elections.Tests.Register;

public sealed class MemberTests
{
    private static Member Someone(string? affiliate) => new()
    {
        MembershipNumber = "L0000001",
        FirstName = "Ann",
        LastName = "Example",
        JoinedAt = new DateTimeOffset(2015, 9, 1, 10, 0, 0, TimeSpan.Zero),
        ContinuousSince = new DateOnly(2015, 9, 1),
        Status = MemberStatus.Full,
        LocalPartyCode = "CLP-0001",
        AffiliateCode = affiliate,
    };

    [Fact]
    public void IsAffiliatedSupporter_WithAffiliate_IsTrue() => Assert.True(Someone("UNITE").IsAffiliatedSupporter);

    [Fact]
    public void IsAffiliatedSupporter_IndividualMember_IsFalse() => Assert.False(Someone(null).IsAffiliatedSupporter);
}
