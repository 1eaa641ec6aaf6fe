namespace Omov.Elections.Credentials;

/// <summary>
/// The two check symbols of a voting code: a Reed–Solomon code over GF(32) whose 28 symbols c₀…c₂₇
/// satisfy Σ cᵢαⁱ = 0 and Σ cᵢα²ⁱ = 0. Its minimum distance is 3, so ANY one or two wrong symbols
/// are detected — every single substitution and every transposition, adjacent or not — because no
/// two positions below 31 share a power of α. Only a mistyped code that happens to be valid could
/// pass: a random string of 28 symbols does so with probability 1/1024 (1/4096 counting the rule that the first symbol is 0–7).
/// </summary>
internal static class VotingCodeCheck
{
    /// <summary>The two symbols that complete <paramref name="data"/> (26 symbols) into a valid code.</summary>
    public static (int First, int Second) For(ReadOnlySpan<int> data)
    {
        int a1 = 0, a2 = 0;
        for (var i = 0; i < data.Length; i++)
        {
            a1 ^= Gf32.Multiply(data[i], Gf32.AlphaPow(i));
            a2 ^= Gf32.Multiply(data[i], Gf32.AlphaPow(2 * i));
        }

        // Solve p·α^m + q·α^(m+1) = a1 and p·α^2m + q·α^(2m+2) = a2 by Cramer's rule (in
        // characteristic 2, minus is plus); the determinant is never zero.
        var m = data.Length;
        var determinant = Gf32.Multiply(Gf32.AlphaPow(m), Gf32.AlphaPow((2 * m) + 2)) ^ Gf32.Multiply(Gf32.AlphaPow(m + 1), Gf32.AlphaPow(2 * m));
        var p = Gf32.Multiply(a1, Gf32.AlphaPow((2 * m) + 2)) ^ Gf32.Multiply(a2, Gf32.AlphaPow(m + 1));
        var q = Gf32.Multiply(a2, Gf32.AlphaPow(m)) ^ Gf32.Multiply(a1, Gf32.AlphaPow(2 * m));
        return (Gf32.Divide(p, determinant), Gf32.Divide(q, determinant));
    }

    /// <summary>Whether all of <paramref name="symbols"/> (data then check symbols) satisfy both checks.</summary>
    public static bool IsValid(ReadOnlySpan<int> symbols)
    {
        int s1 = 0, s2 = 0;
        for (var i = 0; i < symbols.Length; i++)
        {
            s1 ^= Gf32.Multiply(symbols[i], Gf32.AlphaPow(i));
            s2 ^= Gf32.Multiply(symbols[i], Gf32.AlphaPow(2 * i));
        }

        return s1 == 0 && s2 == 0;
    }
}
