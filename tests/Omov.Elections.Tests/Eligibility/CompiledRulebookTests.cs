using System.Reflection;
using System.Text.Json.Serialization;
using Omov.Elections.Eligibility;
using Omov.Elections.Register;
using Omov.Elections.Rulebooks;

namespace Omov.Elections.Tests.Eligibility;

public sealed class CompiledRulebookTests
{
    [Fact]
    public void IsEligible_ManyMembers_AllocatesNothingPerMember()
    {
        var compiled = EligibilityEvaluator.Compile(Presets.LeaderAndDeputy2020(), Fixtures.Tree);
        var welsh = EligibilityEvaluator.Compile(Presets.NecWelsh2022(), Fixtures.Tree);
        Member[] members = [.. Enumerable.Range(0, 1000).Select(i => Fixtures.Member(
            $"L{i}",
            joinedAt: Fixtures.Utc(2020, 1, 20, 16, 0).AddMinutes(i % 120),
            affiliate: i % 3 == 0 ? "UNITE" : null,
            localParty: i % 2 == 0 ? "CLP-CARDIFF" : "CLP-BOLTON",
            sections: [new SectionDeclaration(Section.Women, Fixtures.Utc(2019, 1, 1, 0, 0))]))];
        int eligible = members.Count(compiled.IsEligible) + members.Count(welsh.IsEligible);

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int round = 0; round < 10; round++)
        {
            foreach (Member member in members)
            {
                if (compiled.IsEligible(member))
                {
                    eligible++;
                }

                if (welsh.IsEligible(member))
                {
                    eligible++;
                }
            }
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(allocated < 1024, $"allocated {allocated} bytes for 20,000 evaluations");
        Assert.True(eligible > 0);
    }

    [Fact]
    public void Compile_InvalidRulebook_Throws() =>
        Assert.Throws<ArgumentException>(() => EligibilityEvaluator.Compile(new Rulebook("t", 1, "T", [new AnyOfRule([])]), Fixtures.Tree));

    [Fact]
    public void Evaluate_NotEligible_SummaryListsOnlyFailures()
    {
        var decision = EligibilityEvaluator.Evaluate(
            Fixtures.Member(status: MemberStatus.Lapsed, noPaidUpTo: true),
            Presets.Generic(new DateOnly(2026, 1, 1)),
            Fixtures.Tree);
        Assert.Equal("not eligible: member status is lapsed, not full; in arrears on 1 Jan 2026: no subscription on record", decision.Summary);
        Assert.Equal(2, decision.Rules.Count);
    }

    [Fact]
    public void TypeNames_MatchTheJsonDiscriminators()
    {
        string[] discriminators = [.. typeof(Rule).GetCustomAttributes<JsonDerivedTypeAttribute>().Select(a => (string)a.TypeDiscriminator!)];
        Assert.Equal(discriminators, Rule.TypeNames);
    }

    [Fact]
    public void WithinUnit_ParentLoop_DoesNotHang()
    {
        var tree = new OrganisationTree(
        [
            new OrganisationUnit("A", "A", OrganisationUnitKind.Region, "B"),
            new OrganisationUnit("B", "B", OrganisationUnitKind.Region, "A"),
            new OrganisationUnit("CLP", "CLP", OrganisationUnitKind.LocalParty, "A"),
        ]);
        Assert.True(OrganisationTree.IsWithin(tree, "CLP", "B"));
        Assert.False(OrganisationTree.IsWithin(tree, "CLP", "C"));
    }

    [Fact]
    public void OrganisationTree_DuplicateCode_Throws() =>
        Assert.Throws<ArgumentException>(() => new OrganisationTree(
        [
            new OrganisationUnit("A", "A", OrganisationUnitKind.Region, null),
            new OrganisationUnit("A", "Again", OrganisationUnitKind.Region, null),
        ]));
}
