namespace Omov.Elections.Credentials;

/// <summary>
/// Arithmetic in GF(32), the field of 32 elements, built on the primitive polynomial
/// x⁵ + x² + 1 (so α = 2 generates all 31 non-zero elements). One element is one base-32 symbol,
/// which lets voting codes carry Reed–Solomon check symbols over their own alphabet.
/// </summary>
internal static class Gf32
{
    private const int Polynomial = 0b100101;

    private static readonly int[] s_exp = new int[62];
    private static readonly int[] s_log = new int[32];

    static Gf32()
    {
        var value = 1;
        for (var i = 0; i < 31; i++)
        {
            s_exp[i] = value;
            s_exp[i + 31] = value;
            s_log[value] = i;
            value <<= 1;
            if ((value & 0b100000) != 0)
            {
                value ^= Polynomial;
            }
        }
    }

    /// <summary>α to the power <paramref name="exponent"/> (any non-negative exponent).</summary>
    public static int AlphaPow(int exponent) => s_exp[exponent % 31];

    /// <summary>The product of two elements.</summary>
    public static int Multiply(int a, int b) => a == 0 || b == 0 ? 0 : s_exp[s_log[a] + s_log[b]];

    /// <summary>The quotient of two elements; <paramref name="b"/> is not zero.</summary>
    public static int Divide(int a, int b) => a == 0 ? 0 : s_exp[s_log[a] + 31 - s_log[b]];
}
