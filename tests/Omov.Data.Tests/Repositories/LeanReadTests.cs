using Omov.Data.Generation;
using Omov.Data.Repositories;
using Omov.Data.Tests.Providers;
using Omov.Elections.Eligibility;
using Omov.Elections.Rolls;
using Omov.Elections.Rulebooks;

namespace Omov.Data.Tests.Repositories;

/// <summary>The lean read loads enough for every preset: the same roll and the same decisions as whole members.</summary>
public abstract class LeanReadTests<TProvider>
    where TProvider : IDatabaseProvider, new()
{
    private readonly TProvider _provider = new();

    [Fact]
    public async Task ReadLean_EveryPreset_SameRollAndFirstFailingRuleAsWholeMembers()
    {
        await using var test = await _provider.CreateAsync();
        using var db = await test.OpenAsync();
        var generator = new RegisterGenerator(seed: 23, memberCount: 1500);
        await db.Units.UpsertAsync(generator.Units);
        await db.Members.BulkUpsertAsync(generator.Members());
        var tree = new OrganisationTree(await db.Units.ListAsync());
        var whole = await db.Members.StreamAllAsync().ToListAsync();
        var frozenAt = new DateTimeOffset(2026, 2, 1, 12, 0, 0, TimeSpan.Zero);
        // The presets' Welsh and London units under the generator's codes, so those rules admit someone.
        Rulebook[] rulebooks = [.. Presets.All.Select(p => p.Rulebook), Presets.NecWelsh2022("WAL")];

        foreach (var rulebook in rulebooks)
        {
            var fields = EligibilityFields.Of(rulebook) | MemberFields.Contact | MemberFields.Sections;
            var lean = db.Members.ReadLean(fields, EligibilityFields.AdmittedStatuses(rulebook)).ToList();
            Assert.Equal(
                Roll.Freeze("c", rulebook, whole, tree, frozenAt).Digest,
                Roll.Freeze("c", rulebook, lean, tree, frozenAt).Digest);

            var compiled = EligibilityEvaluator.Compile(rulebook, tree);
            var all = db.Members.ReadLean(EligibilityFields.Of(rulebook)).ToDictionary(m => m.MembershipNumber);
            Assert.Equal(whole.Count, all.Count);
            foreach (var member in whole)
            {
                var failed = compiled.FirstFailing(member);
                Assert.Equal(failed, compiled.FirstFailing(all[member.MembershipNumber]));
                Assert.Equal(failed < 0, compiled.IsEligible(member));
                if (failed >= 0)
                {
                    Assert.False(compiled.Evaluate(member).Rules[failed].Passed);
                    Assert.All(compiled.Evaluate(member).Rules.Take(failed), r => Assert.True(r.Passed));
                }
            }
        }

        Assert.Contains(rulebooks, r => Roll.Freeze("c", r, whole, tree, frozenAt).Entries.Count > 0 && r.Rules.Any(x => x is WithinUnitRule));
    }

    [Fact]
    public async Task StreamLeanAsync_SameMembersAsReadLean()
    {
        await using var test = await _provider.CreateAsync();
        using var db = await test.OpenAsync();
        await db.Members.BulkUpsertAsync(Members.Many(50));
        var fields = (MemberFields)~0;

        var streamed = await db.Members.StreamLeanAsync(fields).Select(Members.Describe).ToListAsync();

        Assert.Equal(db.Members.ReadLean(fields).Select(Members.Describe), streamed);
        Assert.Equal(50, streamed.Count);
        Assert.Equal(25, await db.Members.StreamLeanAsync(MemberFields.None, [Elections.Register.MemberStatus.Full]).CountAsync());
    }
}
