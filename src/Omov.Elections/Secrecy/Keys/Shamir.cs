using System.Numerics;
using System.Security.Cryptography;

namespace Omov.Elections.Secrecy.Keys;

/// <summary>
/// Shamir's k-of-n secret sharing over the integers modulo the P-256 group order n (a prime), so
/// the shares of a private scalar are themselves scalars. The secret is f(0) of a random polynomial
/// f of degree k-1; share i is f(i) for i = 1..n. Any k shares give f(0) by Lagrange interpolation;
/// k-1 shares are consistent with every possible secret, so they say nothing about it.
/// BigInteger values cannot be zeroed in memory; the callers keep them short-lived.
/// </summary>
internal static class Shamir
{
    /// <summary>Splits <paramref name="secret"/> (0 &lt; secret &lt; n) into <paramref name="count"/> shares, any <paramref name="threshold"/> of which rebuild it.</summary>
    public static ShamirPoint[] Split(BigInteger secret, int threshold, int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(threshold, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, threshold);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(count, 255);
        if (!P256.IsValidScalar(secret))
        {
            throw new ArgumentOutOfRangeException(nameof(secret));
        }

        while (true)
        {
            var coefficients = new BigInteger[threshold];
            coefficients[0] = secret;
            for (var i = 1; i < threshold; i++)
            {
                coefficients[i] = RandomScalar();
            }

            var shares = new ShamirPoint[count];
            for (var x = 1; x <= count; x++)
            {
                shares[x - 1] = new ShamirPoint(x, Evaluate(coefficients, x));
            }

            // A share of 0 is not a valid private key, so it could not be checked against its
            // verification key; the chance is n/2²⁵⁶, but drawing again costs nothing.
            if (shares.All(s => !s.Y.IsZero))
            {
                Array.Clear(coefficients);
                return shares;
            }
        }
    }

    /// <summary>The value at <paramref name="x"/> of the polynomial of lowest degree through <paramref name="points"/> (distinct x).</summary>
    public static BigInteger InterpolateAt(IReadOnlyList<ShamirPoint> points, BigInteger x)
    {
        var n = P256.Order;
        var sum = BigInteger.Zero;
        for (var i = 0; i < points.Count; i++)
        {
            var numerator = BigInteger.One;
            var denominator = BigInteger.One;
            for (var j = 0; j < points.Count; j++)
            {
                if (i == j)
                {
                    continue;
                }

                numerator = numerator * Mod(x - points[j].X) % n;
                denominator = denominator * Mod(points[i].X - points[j].X) % n;
            }

            // n is prime, so the inverse is denominator^(n-2) (Fermat).
            var lagrange = numerator * BigInteger.ModPow(denominator, n - 2, n) % n;
            sum = (sum + (points[i].Y * lagrange)) % n;
        }

        return sum;
    }

    /// <summary>The secret f(0) from at least k shares.</summary>
    public static BigInteger Combine(IReadOnlyList<ShamirPoint> points) => InterpolateAt(points, BigInteger.Zero);

    /// <summary>A uniform scalar in [0, n), by rejection sampling 256-bit draws (n is close to 2²⁵⁶, so few are rejected).</summary>
    public static BigInteger RandomScalar()
    {
        Span<byte> bytes = stackalloc byte[P256.ScalarBytes];
        try
        {
            while (true)
            {
                RandomNumberGenerator.Fill(bytes);
                var value = P256.FromBytes(bytes);
                if (value < P256.Order)
                {
                    return value;
                }
            }
        }
        finally
        {
            CryptographicOperations.ZeroMemory(bytes);
        }
    }

    private static BigInteger Evaluate(BigInteger[] coefficients, int x)
    {
        // Horner's rule, reducing at every step.
        var value = BigInteger.Zero;
        for (var i = coefficients.Length - 1; i >= 0; i--)
        {
            value = ((value * x) + coefficients[i]) % P256.Order;
        }

        return value;
    }

    private static BigInteger Mod(BigInteger value)
    {
        var r = value % P256.Order;
        return r.Sign < 0 ? r + P256.Order : r;
    }
}
