using CsCheck;
using Omov.Elections.Eligibility;
using Omov.Elections.Register;
using Omov.Elections.Rulebooks;

namespace Omov.Elections.Tests.Eligibility;

public sealed class EligibilityPropertyTests
{
    private static readonly DateTimeOffset[] s_anchors =
    [
        Fixtures.Utc(2020, 1, 20, 17, 0), Fixtures.Utc(2020, 8, 24, 23, 0), Fixtures.Utc(2022, 6, 17, 22, 59),
        Fixtures.Utc(2020, 3, 29, 1, 0), Fixtures.Utc(2020, 10, 25, 1, 0), Fixtures.Utc(2019, 12, 17, 12, 0),
    ];

    private static readonly string[] s_localParties = ["CLP-WALTHAMSTOW", "CLP-BOLTON", "CLP-CARDIFF", "CLP-GONE"];

    /// <summary>Members whose dates cluster round the presets' cut-offs and the clock changes, where mistakes hide.</summary>
    private static readonly Gen<Member> s_member =
        Gen.Select(Gen.Int[0, s_anchors.Length - 1], Gen.Int[-3 * 24 * 60, 3 * 24 * 60], Gen.Int[-400, 400], Gen.Int[-1, 800], Gen.Int[0, 3], Gen.Int[0, 3])
        .Select(Gen.Int[0, 15], Gen.Int[-2, 3 * 365], Gen.Int[0, 40 * 365], Gen.Int[0, 1 << 12], (a, b, c, d, e) =>
        {
            (int anchor, int minutes, int continuousShift, int paidShift, int status, int party) = a;
            DateTimeOffset joined = s_anchors[anchor].AddMinutes(minutes);
            DateOnly joinedDay = DateOnly.FromDateTime(joined.UtcDateTime);
            var sections = new List<SectionDeclaration>();
            for (int s = 0; s < 4; s++)
            {
                if ((e & (1 << s)) != 0)
                {
                    sections.Add(new SectionDeclaration((Section)s, joined.AddMinutes(((e >> 4) * 997 % 2000) - 1000)));
                }
            }

            return Fixtures.Member(
                joinedAt: joined,
                continuousSince: joinedDay.AddDays(continuousShift),
                paidUpTo: paidShift < 0 ? null : joinedDay.AddDays(paidShift),
                noPaidUpTo: paidShift < 0,
                status: (MemberStatus)status,
                localParty: s_localParties[party],
                dateOfBirth: c < 0 ? null : new DateOnly(1970, 1, 1).AddDays(d),
                councillor: (b & 1) == 1,
                affiliate: (b & 2) == 2 ? "UNITE" : null,
                sections: sections);
        });

    private static Gen<Rule> LeafRule =>
        Gen.OneOf<Rule>(
            Gen.Const<Rule>(new CouncillorRule()),
            Gen.Int[0, 3].Select(i => (Rule)new StatusRule([(MemberStatus)i, MemberStatus.Full])),
            Gen.Int[0, s_anchors.Length - 1].Select(Gen.Int[-120, 120], (i, m) =>
            {
                DateTime local = TimeZoneInfo.ConvertTimeFromUtc(s_anchors[i].UtcDateTime.AddMinutes(m), TimeZoneInfo.FindSystemTimeZoneById("Europe/London"));
                var at = LocalCutoff.At(DateOnly.FromDateTime(local), new TimeOnly(local.Hour, local.Minute));
                return m % 2 == 0 ? (Rule)new JoinedByRule(at) : new SectionDeclaredRule((Section)(i % 4), LocalCutoff.EndOfDay(at.Date));
            }),
            Gen.Int[0, 3].Select(Gen.Int[-400, 400], (i, d) => (Rule)new PaidUpByRule(DateOnly.FromDateTime(s_anchors[i].UtcDateTime).AddDays(d))),
            Gen.Int[0, 3].Select(Gen.Int[-30, 30], (i, g) => (Rule)new NotInArrearsRule(DateOnly.FromDateTime(s_anchors[i].UtcDateTime), Math.Max(0, g))),
            Gen.Int[0, 24].Select(Gen.Int[0, 10], (m, w) => (Rule)new ContinuousMembershipRule(new DateOnly(2020, 2, 11), m, w, 1)),
            Gen.Int[-400, 400].Select(d => (Rule)new ContinuousSinceRule(new DateOnly(2020, 1, 1).AddDays(d))),
            Gen.Int[18, 60].Select(y => (Rule)new AgeUnderRule(y, new DateOnly(2022, 6, 17))),
            Gen.OneOf("ENGLAND", "WALES", "LONDON", "NW").Select(code => (Rule)new WithinUnitRule(code)),
            Gen.Int[0, 2].Select(p => (Rule)new AffiliatedSupportersRule((AffiliatedSupporterPolicy)p)));

    private static Gen<Rule> RuleTree(int depth) => depth == 0
        ? LeafRule
        : Gen.Frequency(
            (3, LeafRule),
            (1, RuleTree(depth - 1).Array[1, 3].Select(rs => (Rule)new AllOfRule(rs))),
            (1, RuleTree(depth - 1).Array[1, 3].Select(rs => (Rule)new AnyOfRule(rs))),
            (1, RuleTree(depth - 1).Select(r => (Rule)new NotRule(r))));

    private static readonly Gen<Rulebook> s_rulebook = Gen.Frequency(
        (1, Gen.OneOf([.. Presets.All.Select(p => p.Rulebook)])),
        (2, RuleTree(3).Array[1, 4].Select(rules => new Rulebook("random", 1, "Random", rules))));

    [Fact]
    public void IsEligible_RandomMembersAndRulebooks_AgreesWithExplainedDecision()
    {
        Gen.Select(s_rulebook, s_member.Array[1, 20]).Sample((book, members) =>
        {
            var compiled = EligibilityEvaluator.Compile(book, Fixtures.Tree);
            foreach (Member member in members)
            {
                var decision = compiled.Evaluate(member);
                Assert.Equal(compiled.IsEligible(member), decision.IsEligible);
                Assert.Equal(decision.Rules.All(r => r.Passed), decision.IsEligible);
                Assert.StartsWith(decision.IsEligible ? "eligible: " : "not eligible: ", decision.Summary, StringComparison.Ordinal);
            }
        }, iter: 300);
    }

    [Fact]
    public void Explain_EveryNode_AgreesWithItsCompiledTest()
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
        Gen.Select(RuleTree(3), s_member).Sample((rule, member) =>
        {
            CompiledRule compiled = RuleCompiler.Compile(rule, zone, Fixtures.Tree);
            Assert.Equal(compiled.Test(member), compiled.Explain(member).Passed);
        }, iter: 2000);
    }

    [Fact]
    public void AgeUnder_ExplainedAge_AgreesWithTest()
    {
        Gen.Select(Gen.Int[0, 20000], Gen.Int[0, 20000], Gen.Int[1, 60]).Sample((b, o, years) =>
        {
            DateOnly born = new DateOnly(1960, 1, 1).AddDays(b);
            DateOnly on = new DateOnly(1960, 1, 1).AddDays(o + b);
            var rule = new CompiledAgeUnderRule(years, on);
            Assert.Equal(CompiledAgeUnderRule.AgeOn(born, on) < years, rule.Test(Fixtures.Member(dateOfBirth: born)));
        }, iter: 5000);
    }
}
