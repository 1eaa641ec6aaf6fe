using CsCheck;
using Omov.Elections.Secrecy.Keys;
using Omov.Elections.Secrecy.Sealing;

namespace Omov.Elections.Tests.Secrecy.Keys;

public sealed class BoxOpeningTests
{
    private static readonly KeyCeremonyResult s_ceremony = Ceremonies.Run(3, 5);

    private static KeyCeremonyRecord Record => s_ceremony.Record!;

    [Fact]
    public void Open_AnyKOfNShares_OpensBallotsSealedToTheKey()
    {
        var context = BallotContext.ForEvent("event-2026-leader");
        var sealedBallot = BallotSealer.Seal(Record.PublicKey, [1, 2, 3], context);
        var shares = Ceremonies.Unlock(s_ceremony, [1, 2, 3, 4, 5]);

        Gen.Int[0, (1 << 5) - 1].Where(mask => System.Numerics.BitOperations.PopCount((uint)mask) >= 3).Sample(mask =>
        {
            var chosen = shares.Where(s => (mask & (1 << (s.Index - 1))) != 0).ToList();
            var box = BoxOpening.Open(Record, chosen);

            Assert.True(box.Success, box.Error);
            using var opener = box.Opener;
            Assert.Equal([1, 2, 3], opener.Open(sealedBallot, context).Plaintext);
        }, iter: 60);
    }

    [Fact]
    public void Open_AnyKOfNInAnyCeremonyShape_OpensTheTestBallot()
    {
        var shapes = from n in Gen.Int[1, 6] from k in Gen.Int[1, n] from seed in Gen.Int select (k, n, seed);
        shapes.Sample(shape =>
        {
            var ceremony = Ceremonies.Run(shape.k, shape.n);
            var order = Enumerable.Range(1, shape.n).ToArray();
            new Random(shape.seed).Shuffle(order);
            var indexes = order.Take(shape.k);
            using var shares = new ShareSet(Ceremonies.Unlock(ceremony, indexes));

            Assert.Null(KeyCeremony.OpenTestBallot(ceremony.Record!, shares.Shares));
        }, iter: 25, threads: 1);
    }

    [Theory]
    [InlineData(new int[0])]
    [InlineData(new[] { 5 })]
    [InlineData(new[] { 2, 4 })]
    public void Open_FewerThanK_IsRefused(int[] indexes)
    {
        using var shares = new ShareSet(Ceremonies.Unlock(s_ceremony, indexes));

        var box = BoxOpening.Open(Record, shares.Shares);

        Assert.False(box.Success);
        Assert.Equal(BoxOpeningFailure.NotEnoughShares, box.Failure);
        Assert.StartsWith("3 different shares are needed to open the box; " + indexes.Length, box.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_SameShareTwice_IsRefusedNamingIt()
    {
        using var shares = new ShareSet(Ceremonies.Unlock(s_ceremony, [1, 2, 2]));

        var box = BoxOpening.Open(Record, shares.Shares);

        Assert.Equal(BoxOpeningFailure.DuplicateShare, box.Failure);
        Assert.Equal(2, box.Share);
    }

    [Fact]
    public void Open_CorruptShare_IsNamedByItsVerificationKey()
    {
        using var shares = new ShareSet(Ceremonies.Unlock(s_ceremony, [1, 2, 4]));
        var good = shares.Shares[1];
        var value = good.Value.ToArray();
        value[31] ^= 1;
        shares.Shares[1] = new KeyShare(good.KeyId, good.Index, good.Count, good.Threshold, value);

        var box = BoxOpening.Open(Record, shares.Shares);

        Assert.Equal(BoxOpeningFailure.ShareDoesNotMatchVerificationKey, box.Failure);
        Assert.Equal(2, box.Share);
        Assert.Contains("Share 2 does not match the verification key", box.Error, StringComparison.Ordinal);
        good.Dispose();
    }

    [Fact]
    public void Open_ShareFromAnotherCeremony_IsRefusedAsAnotherKey()
    {
        var other = Ceremonies.Run(3, 5);
        using var shares = new ShareSet([.. Ceremonies.Unlock(s_ceremony, [1, 2]), .. Ceremonies.Unlock(other, [3])]);

        var box = BoxOpening.Open(Record, shares.Shares);

        Assert.Equal(BoxOpeningFailure.ShareForAnotherKey, box.Failure);
        Assert.Equal(3, box.Share);
    }

    [Fact]
    public void Open_ShareClaimingAnotherShape_IsRefused()
    {
        using var shares = new ShareSet(Ceremonies.Unlock(s_ceremony, [1, 2, 3]));
        var third = shares.Shares[2];
        shares.Shares[2] = new KeyShare(third.KeyId, 6, 6, 3, third.Value.ToArray());

        var box = BoxOpening.Open(Record, shares.Shares);

        Assert.Equal(BoxOpeningFailure.ShareNotFromThisCeremony, box.Failure);
        third.Dispose();
    }

    [Fact]
    public void Open_RecordWithAnotherPublicKey_FailsTheCombinedKeyCheck()
    {
        var other = Ceremonies.Run(3, 5).Record!;
        var forged = Record with { PublicKey = other.PublicKey };
        using var shares = new ShareSet([.. Ceremonies.Unlock(s_ceremony, [1, 2, 3]).Select(s =>
            new KeyShare(other.PublicKey.KeyId, s.Index, s.Count, s.Threshold, s.Value.ToArray()))]);

        var box = BoxOpening.Open(forged, shares.Shares);

        Assert.Equal(BoxOpeningFailure.CombinedKeyMismatch, box.Failure);
        Assert.Null(box.Share);
    }

    [Fact]
    public void Open_MoreThanK_StillOpens()
    {
        using var shares = new ShareSet(Ceremonies.Unlock(s_ceremony, [5, 4, 3, 2, 1]));

        var box = BoxOpening.Open(Record, shares.Shares);

        Assert.True(box.Success, box.Error);
        box.Opener.Dispose();
    }
}
