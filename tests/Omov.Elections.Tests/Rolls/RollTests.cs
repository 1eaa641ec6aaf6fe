using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Time.Testing;
using Omov.Elections.Register;
using Omov.Elections.Rolls;
using Omov.Elections.Rulebooks;
using Omov.Elections.Tests.Eligibility;

namespace Omov.Elections.Tests.Rolls;

public sealed class RollTests
{
    private static readonly DateTimeOffset s_frozenAt = new(2020, 10, 19, 9, 0, 0, TimeSpan.Zero);

    private static Member[] Members() =>
    [
        Fixtures.Member("L3", email: "c@example.org"),
        Fixtures.Member("L1", email: "a@example.org", sections: [new SectionDeclaration(Section.Women, Fixtures.Utc(2019, 1, 1, 0, 0))]),
        Fixtures.Member("L2", email: "b@example.org", sections: [new SectionDeclaration(Section.Women, Fixtures.Utc(2021, 1, 1, 0, 0))]),
        Fixtures.Member("L10", email: null, sections: [new SectionDeclaration(Section.Disabled, Fixtures.Utc(2019, 1, 1, 0, 0))]),
        Fixtures.Member("L4", joinedAt: Fixtures.Utc(2020, 9, 1, 12, 0)), // after the freeze: not on the roll
    ];

    private static Roll Freeze(IEnumerable<Member> members) =>
        Roll.Freeze("nec-clp-2020", Presets.NecClpSection2020(), members, Fixtures.Tree, s_frozenAt);

    [Fact]
    public void Freeze_EligibleMembersOnly_InOrdinalOrder()
    {
        Roll roll = Freeze(Members());
        Assert.Equal(["L1", "L10", "L2", "L3"], roll.Entries.Select(e => e.MembershipNumber));
        Assert.Equal("labour-nec-clp-2020", roll.RulebookId);
        Assert.Equal(1, roll.RulebookVersion);
    }

    [Fact]
    public void Freeze_CountsSectionsDeclaredByTheFreeze()
    {
        Roll roll = Freeze(Members());
        Assert.Equal(1, roll.CountsBySection[Section.Women]);
        Assert.Equal(1, roll.CountsBySection[Section.Disabled]);
        Assert.Equal(0, roll.CountsBySection[Section.Bame]);
        Assert.Equal(3, roll.CountsByChannel[DeliveryChannel.Email]);
        Assert.Equal(1, roll.CountsByChannel[DeliveryChannel.Post]);
    }

    [Fact]
    public void Listing_HasDocumentedFormat()
    {
        Roll roll = Freeze(Members());
        Assert.Equal(
            "omov-roll/1\tnec-clp-2020\tlabour-nec-clp-2020\t1\t2020-10-19T09:00:00.0000000Z\n"
            + "L1\temail\nL10\tpost\nL2\temail\nL3\temail\n",
            roll.Listing());
    }

    [Fact]
    public void Digest_IsSha256OfTheListing()
    {
        Roll roll = Freeze(Members());
        string expected = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(roll.Listing())));
        Assert.Equal(expected, roll.Digest);
        Assert.Equal(64, roll.Digest.Length);
    }

    [Fact]
    public void Digest_AnyInputOrder_IsStable()
    {
        string digest = Freeze(Members()).Digest;
        Assert.Equal(digest, Freeze(Members().Reverse()).Digest);
        Assert.Equal(digest, Freeze(Members().OrderBy(m => m.Email, StringComparer.Ordinal)).Digest);
    }

    [Fact]
    public void Digest_OneMemberChangesChannel_Changes()
    {
        Member[] members = Members();
        members[0] = members[0] with { Email = null };
        Assert.NotEqual(Freeze(Members()).Digest, Freeze(members).Digest);
    }

    [Fact]
    public void Digest_OneMemberLeaves_Changes() =>
        Assert.NotEqual(Freeze(Members()).Digest, Freeze(Members().Skip(1)).Digest);

    [Fact]
    public void Digest_DifferentFreezeTime_Changes() =>
        Assert.NotEqual(
            Freeze(Members()).Digest,
            Roll.Freeze("nec-clp-2020", Presets.NecClpSection2020(), Members(), Fixtures.Tree, s_frozenAt.AddSeconds(1)).Digest);

    [Fact]
    public void Freeze_WithClock_UsesItsTime()
    {
        var clock = new FakeTimeProvider(s_frozenAt);
        Roll roll = Roll.Freeze("nec-clp-2020", Presets.NecClpSection2020(), Members(), Fixtures.Tree, clock);
        Assert.Equal(s_frozenAt, roll.FrozenAt);
        Assert.Equal(Freeze(Members()).Digest, roll.Digest);
    }

    [Fact]
    public void Freeze_DuplicateMembershipNumber_Throws() =>
        Assert.Throws<ArgumentException>(() => Freeze([Fixtures.Member("L1"), Fixtures.Member("L1", email: "x@example.org")]));

    [Fact]
    public void Freeze_TabInMembershipNumber_Throws() =>
        Assert.Throws<ArgumentException>(() => Freeze([Fixtures.Member("L\t1")]));

    [Fact]
    public void Restore_SameEntries_SameDigest()
    {
        Roll roll = Freeze(Members());
        Roll restored = Roll.Restore(roll.ContestId, roll.RulebookId, roll.RulebookVersion, roll.FrozenAt, roll.Entries.Reverse(), roll.CountsBySection);
        Assert.Equal(roll.Digest, restored.Digest);
    }

    [Fact]
    public void Approve_RecordsOfficerAndTime_AndCoversOnlyThatRoll()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2020, 10, 19, 10, 30, 0, TimeSpan.Zero));
        Roll roll = Freeze(Members());
        RollApproval approval = RollApproval.Approve(roll, "returning.officer", clock);
        Assert.Equal("returning.officer", approval.ApprovedBy);
        Assert.Equal(clock.GetUtcNow(), approval.ApprovedAt);
        Assert.Equal(roll.Digest, approval.RollDigest);
        Assert.True(approval.Covers(roll));
        Assert.False(approval.Covers(Freeze(Members().Skip(1))));
    }
}
