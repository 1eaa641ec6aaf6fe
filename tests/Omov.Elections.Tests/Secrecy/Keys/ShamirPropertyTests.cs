using CsCheck;
using Omov.Elections.Secrecy.Keys;

namespace Omov.Elections.Tests.Secrecy.Keys;

/// <summary>Any k of n shares give the secret back; any k-1 give something else.</summary>
public sealed class ShamirPropertyTests
{
    private static readonly Gen<(int K, int N, int Seed)> s_shape =
        from n in Gen.Int[1, KeyCeremonyRequest.MaxScrutineers]
        from k in Gen.Int[1, n]
        from seed in Gen.Int
        select (k, n, seed);

    [Fact]
    public void Combine_AnyKOfNShares_GivesTheSecret()
    {
        s_shape.Sample(shape =>
        {
            var secret = Secret();
            var shares = Shamir.Split(secret, shape.K, shape.N);
            var subset = Enumerable.Range(0, shape.N).OrderBy(_ => Random.Shared.Next()).Take(shape.K).Select(i => shares[i]).ToList();

            Assert.Equal(secret, Shamir.Combine(subset));
            Assert.Equal(secret, Shamir.Combine(shares));
        }, iter: 300);
    }

    [Fact]
    public void Combine_KMinusOneShares_DoNotGiveTheSecret()
    {
        s_shape.Where(s => s.K >= 2).Sample(shape =>
        {
            var secret = Secret();
            var shares = Shamir.Split(secret, shape.K, shape.N);
            var subset = Enumerable.Range(0, shape.N).OrderBy(_ => Random.Shared.Next()).Take(shape.K - 1).Select(i => shares[i]).ToList();

            Assert.NotEqual(secret, Shamir.Combine(subset));
        }, iter: 300);
    }

    [Fact]
    public void Split_SharesAreScalarsNumberedOneToN()
    {
        var shares = Shamir.Split(Secret(), 3, 7);

        Assert.Equal([1, 2, 3, 4, 5, 6, 7], shares.Select(s => s.X));
        Assert.All(shares, s => Assert.True(P256.IsValidScalar(s.Y)));
    }

    [Fact]
    public void Split_ThresholdOne_GivesTheSecretAsEveryShare()
    {
        var secret = Secret();

        var shares = Shamir.Split(secret, 1, 4);

        Assert.All(shares, s => Assert.Equal(secret, s.Y));
    }

    [Fact]
    public void RandomScalar_IsBelowTheOrder()
    {
        for (var i = 0; i < 200; i++)
        {
            var scalar = Shamir.RandomScalar();
            Assert.True(scalar.Sign >= 0 && scalar < P256.Order);
        }
    }

    private static System.Numerics.BigInteger Secret()
    {
        System.Numerics.BigInteger secret;
        do
        {
            secret = Shamir.RandomScalar();
        }
        while (secret.IsZero);

        return secret;
    }
}
