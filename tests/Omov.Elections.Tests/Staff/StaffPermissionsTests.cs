using Omov.Elections.Register;
using Omov.Elections.Staff;

namespace Omov.Elections.Tests.Staff;

public sealed class StaffPermissionsTests
{
    private static readonly Dictionary<StaffRole, StaffPermission[]> s_expected = new()
    {
        [StaffRole.Administrator] =
        [
            StaffPermission.ManageRegister, StaffPermission.ViewMember, StaffPermission.ExportMembers, StaffPermission.MessageMembers,
            StaffPermission.EditRulebooks, StaffPermission.ManageBallotEvents, StaffPermission.FreezeRoll, StaffPermission.ViewAuditLog,
            StaffPermission.ManageStaff, StaffPermission.ReissueCredentials,
        ],
        [StaffRole.ReturningOfficer] =
        [
            StaffPermission.ViewMember, StaffPermission.ApproveRoll, StaffPermission.HoldKeyShare, StaffPermission.OpenBallotBox,
            StaffPermission.CertifyResults, StaffPermission.ViewAuditLog, StaffPermission.ReissueCredentials,
        ],
        [StaffRole.Scrutineer] = [StaffPermission.HoldKeyShare, StaffPermission.OpenBallotBox, StaffPermission.ViewAuditLog],
        [StaffRole.LocalOfficer] = [StaffPermission.ViewMember, StaffPermission.MessageMembers, StaffPermission.RunLocalMeetings, StaffPermission.ReissueCredentials],
    };

    /// <summary>Every role against every permission: the whole table, so a change to it is a deliberate one.</summary>
    public static TheoryData<StaffRole, StaffPermission, bool> Table()
    {
        var data = new TheoryData<StaffRole, StaffPermission, bool>();
        foreach (var role in Enum.GetValues<StaffRole>())
        {
            foreach (var permission in Enum.GetValues<StaffPermission>())
            {
                data.Add(role, permission, s_expected[role].Contains(permission));
            }
        }

        return data;
    }

    private static Member MemberOf(string localParty) => new()
    {
        MembershipNumber = "L0000001",
        FirstName = "Ann",
        LastName = "Example",
        JoinedAt = new DateTimeOffset(2015, 9, 1, 10, 0, 0, TimeSpan.Zero),
        ContinuousSince = new DateOnly(2015, 9, 1),
        Status = MemberStatus.Full,
        LocalPartyCode = localParty,
    };

    [Theory]
    [MemberData(nameof(Table))]
    public void Check_EachRoleAndPermission_FollowsTheTable(StaffRole role, StaffPermission permission, bool allowed)
    {
        var decision = StaffPermissions.Check(StaffAccounts.With(role), permission, role == StaffRole.LocalOfficer ? "CLP-0001" : null);

        Assert.Equal(allowed, decision.Allowed);
        Assert.Equal(allowed, StaffPermissions.Of(role).Contains(permission));
        if (!allowed)
        {
            Assert.Contains(StaffPermissions.Name(role), decision.Reason, StringComparison.Ordinal);
            Assert.Contains(StaffPermissions.Describe(permission), decision.Reason, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Check_AdministratorApprovingARoll_IsRefusedWithAClearReason()
    {
        var decision = StaffPermissions.Check(StaffAccounts.With(StaffRole.Administrator), StaffPermission.ApproveRoll);

        Assert.False(decision.Allowed);
        Assert.Equal("An account with the role administrator may not approve a roll.", decision.Reason);
    }

    [Fact]
    public void Check_LocalOfficerViewingTheirOwnPartysMember_IsAllowedWithinThatParty()
    {
        var decision = StaffPermissions.Check(StaffAccounts.With(StaffRole.LocalOfficer), StaffPermission.ViewMember, MemberOf("CLP-0001"));

        Assert.True(decision.Allowed);
        Assert.Equal("CLP-0001", decision.LocalPartyScope);
    }

    [Fact]
    public void Check_LocalOfficerReachingOutsideTheirParty_IsRefusedWithoutNamingTheOtherParty()
    {
        var decision = StaffPermissions.Check(StaffAccounts.With(StaffRole.LocalOfficer), StaffPermission.ViewMember, MemberOf("CLP-0456"));

        Assert.False(decision.Allowed);
        Assert.Equal("A local officer for CLP-0001 may view members of CLP-0001 only; this member belongs to another local party.", decision.Reason);
        Assert.DoesNotContain("CLP-0456", decision.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(StaffPermission.MessageMembers)]
    [InlineData(StaffPermission.RunLocalMeetings)]
    public void Check_LocalOfficerOtherScopedActionsOutsideTheirParty_AreRefused(StaffPermission permission) =>
        Assert.False(StaffPermissions.Check(StaffAccounts.With(StaffRole.LocalOfficer), permission, "CLP-0456").Allowed);

    [Fact]
    public void Check_LocalOfficerSearchingWithNoParty_IsScopedToTheirOwnParty()
    {
        var decision = StaffPermissions.Check(StaffAccounts.With(StaffRole.LocalOfficer), StaffPermission.ViewMember);

        Assert.True(decision.Allowed);
        Assert.Equal("CLP-0001", decision.LocalPartyScope);
    }

    [Fact]
    public void Check_LocalOfficerWithoutAParty_IsRefused()
    {
        var account = StaffAccounts.With(StaffRole.LocalOfficer) with { LocalPartyCode = null };

        var decision = StaffPermissions.Check(account, StaffPermission.ViewMember, "CLP-0001");

        Assert.False(decision.Allowed);
        Assert.Contains("has no local party", decision.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(StaffRole.Administrator)]
    [InlineData(StaffRole.ReturningOfficer)]
    public void Check_PartyWideRoleViewingAnyPartysMember_IsAllowedUnscoped(StaffRole role)
    {
        var decision = StaffPermissions.Check(StaffAccounts.With(role), StaffPermission.ViewMember, MemberOf("CLP-0456"));

        Assert.True(decision.Allowed);
        Assert.Null(decision.LocalPartyScope);
    }

    [Fact]
    public void Check_ScrutineerViewingAMember_IsRefused()
    {
        var decision = StaffPermissions.Check(StaffAccounts.With(StaffRole.Scrutineer), StaffPermission.ViewMember, MemberOf("CLP-0001"));

        Assert.False(decision.Allowed);
        Assert.Equal("An account with the role scrutineer may not view members.", decision.Reason);
    }

    [Fact]
    public void Check_ScrutineerWhoIsAlsoALocalOfficer_GetsBothButViewsOnlyTheirParty()
    {
        var account = StaffAccounts.With(StaffRole.Scrutineer, StaffRole.LocalOfficer);

        Assert.True(StaffPermissions.Check(account, StaffPermission.HoldKeyShare).Allowed);
        Assert.True(StaffPermissions.Check(account, StaffPermission.ViewMember, "CLP-0001").Allowed);
        Assert.False(StaffPermissions.Check(account, StaffPermission.ViewMember, "CLP-0456").Allowed);
    }

    [Fact]
    public void Check_AdministratorWhoIsAlsoALocalOfficer_IsNotLimitedToTheParty()
    {
        var account = StaffAccounts.With(StaffRole.Administrator, StaffRole.LocalOfficer);

        var decision = StaffPermissions.Check(account, StaffPermission.ViewMember, "CLP-0456");

        Assert.True(decision.Allowed);
        Assert.Null(decision.LocalPartyScope);
    }

    [Theory]
    [InlineData(StaffRole.Administrator)]
    [InlineData(StaffRole.LocalOfficer)]
    public void Check_DisabledAccount_IsRefusedEverything(StaffRole role)
    {
        var account = StaffAccounts.With(role) with { Enabled = false };

        Assert.All(Enum.GetValues<StaffPermission>(), permission =>
            Assert.Equal("This account is disabled.", StaffPermissions.Check(account, permission, "CLP-0001").Reason));
    }

    [Fact]
    public void Check_RefusalForTwoRoles_NamesBoth() =>
        Assert.Equal(
            "An account with the roles scrutineer and returning officer may not manage staff accounts.",
            StaffPermissions.Check(StaffAccounts.With(StaffRole.Scrutineer, StaffRole.ReturningOfficer), StaffPermission.ManageStaff).Reason);
}
