using Microsoft.Extensions.Time.Testing;
using Omov.Elections.Audit;

namespace Omov.Elections.Tests.Audit;

public sealed class AuditChainTests
{
    [Fact]
    public void Verify_UntouchedChain_IsValidWithCountAndLastHash()
    {
        var entries = SampleChains.Random(25, seed: 1);

        var result = AuditChain.Verify(entries);

        Assert.True(result.IsValid, result.Reason);
        Assert.Equal(25, result.VerifiedCount);
        Assert.Equal(entries[^1].Hash, result.LastHash);
        Assert.Null(result.FailedPosition);
    }

    [Fact]
    public void Verify_EmptyLog_IsValidWithTheGenesisHash()
    {
        var result = AuditChain.Verify([]);

        Assert.True(result.IsValid);
        Assert.Equal(0, result.VerifiedCount);
        Assert.Equal(new string('0', 64), result.LastHash);
    }

    [Fact]
    public void Append_FirstEntry_ChainsFromGenesisAndIsNumberedOne()
    {
        var entry = new AuditChain(new FakeTimeProvider(SampleChains.Start)).Append("jsmith", AuditActions.StaffSignedIn, string.Empty);

        Assert.Equal(1, entry.Sequence);
        Assert.Equal(AuditChain.GenesisHash, entry.PreviousHash);
        Assert.Equal(SampleChains.Start, entry.Timestamp);
        Assert.Equal(AuditCanonicalForm.ComputeHash(entry), entry.Hash);
    }

    [Fact]
    public void Append_ResumedAfterLastStoredEntry_ContinuesTheSameChain()
    {
        var clock = new FakeTimeProvider(SampleChains.Start);
        var first = new AuditChain(clock);
        var stored = new List<AuditEntry> { first.Append("a", "x.done", "1"), first.Append("a", "x.done", "2") };

        var resumed = new AuditChain(clock, stored[^1]);
        stored.Add(resumed.Append("b", "y.done", "3"));

        Assert.True(AuditChain.Verify(stored).IsValid);
        Assert.Equal(3, resumed.LastSequence);
        Assert.Equal(stored[^1].Hash, resumed.LastHash);
    }

    [Fact]
    public void Append_ClockWentBack_KeepsTheLastTimestampSoTheChainStaysValid()
    {
        var clock = new SettableClock(SampleChains.Start);
        var chain = new AuditChain(clock);
        var first = chain.Append("a", "x.done", string.Empty);
        clock.Now = SampleChains.Start.AddMinutes(-5);

        var second = chain.Append("a", "x.done", string.Empty);

        Assert.Equal(first.Timestamp, second.Timestamp);
        Assert.True(AuditChain.Verify([first, second]).IsValid);
    }

    [Theory]
    [InlineData("password")]
    [InlineData("newPassword")]
    [InlineData("totpCode")]
    [InlineData("recoveryCode")]
    [InlineData("secret")]
    public void Append_DetailNamingASecret_IsRefused(string key)
    {
        var chain = new AuditChain(new FakeTimeProvider(SampleChains.Start));

        var ex = Assert.Throws<ArgumentException>(() => chain.Append("a", AuditActions.StaffChanged, "u", new Dictionary<string, string> { [key] = "x" }));

        Assert.Contains(key, ex.Message, StringComparison.Ordinal);
        Assert.Equal(0, chain.LastSequence);
    }

    [Fact]
    public void Append_OrdinaryDetailKeys_AreAccepted()
    {
        var chain = new AuditChain(new FakeTimeProvider(SampleChains.Start));

        var entry = chain.Append("a", AuditActions.MembersExported, string.Empty, new Dictionary<string, string> { ["localPartyCode"] = "CLP-0001", ["footprint"] = "small", ["rows"] = "12" });

        Assert.Equal(3, entry.Details.Count);
    }

    [Fact]
    public void Append_LoneSurrogate_IsRefused()
    {
        var chain = new AuditChain(new FakeTimeProvider(SampleChains.Start));

        Assert.Throws<ArgumentException>(() => chain.Append("a", "x.done", "\ud800"));
    }

    [Fact]
    public void Verify_ChangedSubject_FailsAtThatEntryWithHashMismatch()
    {
        var entries = SampleChains.Random(10, seed: 2);
        entries[4] = entries[4] with { Subject = entries[4].Subject + "9" };

        var result = AuditChain.Verify(entries);

        Assert.False(result.IsValid);
        Assert.Equal(5, result.FailedPosition);
        Assert.Equal(AuditFailureKind.HashMismatch, result.Failure);
        Assert.Equal(4, result.VerifiedCount);
        Assert.Equal(entries[3].Hash, result.LastHash);
    }

    [Fact]
    public void Verify_ChangedEntryWithRecomputedHash_FailsAtTheNextEntryWithBrokenLink()
    {
        var entries = SampleChains.Random(10, seed: 3);
        var forged = entries[4] with { Actor = "someone.else" };
        entries[4] = forged with { Hash = AuditCanonicalForm.ComputeHash(forged) };

        var result = AuditChain.Verify(entries);

        Assert.Equal(6, result.FailedPosition);
        Assert.Equal(AuditFailureKind.BrokenLink, result.Failure);
        Assert.Contains("is not the hash of entry 5", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_MiddleEntryDeleted_FailsWithSequenceGap()
    {
        var entries = SampleChains.Random(10, seed: 4);
        entries.RemoveAt(6);

        var result = AuditChain.Verify(entries);

        Assert.Equal(7, result.FailedPosition);
        Assert.Equal(8, result.FailedSequence);
        Assert.Equal(AuditFailureKind.SequenceGap, result.Failure);
    }

    [Fact]
    public void Verify_LastEntryDeleted_VerifiesButTheLastHashNoLongerMatchesThePublishedOne()
    {
        var entries = SampleChains.Random(10, seed: 5);
        var published = AuditChain.Verify(entries).LastHash;
        entries.RemoveAt(9);

        var result = AuditChain.Verify(entries);

        Assert.True(result.IsValid);
        Assert.NotEqual(published, result.LastHash);
    }

    [Fact]
    public void Verify_TwoEntriesSwapped_FailsAtTheFirstMovedEntry()
    {
        var entries = SampleChains.Random(10, seed: 6);
        (entries[2], entries[3]) = (entries[3], entries[2]);

        var result = AuditChain.Verify(entries);

        Assert.Equal(3, result.FailedPosition);
        Assert.Equal(AuditFailureKind.SequenceGap, result.Failure);
    }

    [Fact]
    public void Verify_EntryRepeated_FailsWithSequenceOutOfOrder()
    {
        var entries = SampleChains.Random(10, seed: 7);
        entries.Insert(5, entries[4]);

        var result = AuditChain.Verify(entries);

        Assert.Equal(6, result.FailedPosition);
        Assert.Equal(AuditFailureKind.SequenceOutOfOrder, result.Failure);
    }

    [Fact]
    public void Verify_RenumberedAndRehashedInsertion_FailsAtTheEntryAfterTheInsertion()
    {
        var entries = SampleChains.Random(6, seed: 8);
        var unhashed = entries[2] with { Sequence = 4, PreviousHash = entries[2].Hash, Subject = "forged" };
        entries.Insert(3, unhashed with { Hash = AuditCanonicalForm.ComputeHash(unhashed) });

        var result = AuditChain.Verify(entries);

        Assert.Equal(5, result.FailedPosition);
        Assert.Equal(AuditFailureKind.SequenceOutOfOrder, result.Failure);
    }

    [Fact]
    public void Verify_ChainRehashedWithATimestampGoingBack_FailsWithTimestampBackwards()
    {
        var entries = SampleChains.Random(5, seed: 9);
        var rehashed = new List<AuditEntry>();
        var previous = AuditChain.GenesisHash;
        foreach (var entry in entries)
        {
            var changed = entry with
            {
                PreviousHash = previous,
                Timestamp = entry.Sequence == 4 ? SampleChains.Start.AddDays(-1) : entry.Timestamp,
            };
            changed = changed with { Hash = AuditCanonicalForm.ComputeHash(changed) };
            rehashed.Add(changed);
            previous = changed.Hash;
        }

        var result = AuditChain.Verify(rehashed);

        Assert.Equal(4, result.FailedPosition);
        Assert.Equal(AuditFailureKind.TimestampBackwards, result.Failure);
    }

    [Fact]
    public void Verify_FirstEntryNotFromGenesis_FailsWithBrokenLink()
    {
        var entries = SampleChains.Random(3, seed: 10);
        var unhashed = entries[0] with { PreviousHash = new string('1', 64) };
        entries[0] = unhashed with { Hash = AuditCanonicalForm.ComputeHash(unhashed) };

        var result = AuditChain.Verify(entries);

        Assert.Equal(1, result.FailedPosition);
        Assert.Equal(AuditFailureKind.BrokenLink, result.Failure);
        Assert.Contains("genesis", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_UppercaseHash_FailsWithInvalidField()
    {
        var entries = SampleChains.Random(3, seed: 11);
        entries[1] = entries[1] with { Hash = entries[1].Hash.ToUpperInvariant() };

        var result = AuditChain.Verify(entries);

        Assert.Equal(2, result.FailedPosition);
        Assert.Equal(AuditFailureKind.InvalidField, result.Failure);
    }

    [Fact]
    public void Verify_TimestampNotInUtc_FailsWithInvalidField()
    {
        var entries = SampleChains.Random(3, seed: 12);
        entries[2] = entries[2] with { Timestamp = entries[2].Timestamp.ToOffset(TimeSpan.FromHours(1)) };

        var result = AuditChain.Verify(entries);

        Assert.Equal(3, result.FailedPosition);
        Assert.Equal(AuditFailureKind.InvalidField, result.Failure);
    }
}
