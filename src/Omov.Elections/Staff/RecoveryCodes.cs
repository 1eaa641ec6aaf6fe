using System.Security.Cryptography;
using System.Text;

namespace Omov.Elections.Staff;

/// <summary>
/// Single-use recovery codes for a member of staff who has lost their authenticator: ten codes of
/// sixteen characters (80 random bits each), shown once as <c>XXXX-XXXX-XXXX-XXXX</c> and stored
/// only as SHA-256 hashes. A slow hash is not needed: unlike a password, 80 random bits cannot be
/// guessed from a stolen hash.
/// </summary>
public static class RecoveryCodes
{
    /// <summary>Codes issued at a time.</summary>
    public const int Count = 10;

    private const int Length = 16;

    // No 0/O or 1/I, which people misread on paper.
    private const string Alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

    /// <summary>Ten new codes, to show the person once. Store <see cref="Hash"/> of each.</summary>
    public static IReadOnlyList<string> Generate() =>
        [.. Enumerable.Range(0, Count).Select(_ => Format(RandomNumberGenerator.GetString(Alphabet, Length)))];

    /// <summary>The stored form of a code: SHA-256 of its normalised text, as lowercase hex.</summary>
    public static string Hash(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(Normalise(code))));
    }

    /// <summary>
    /// Uses <paramref name="entered"/>: when it matches one of <paramref name="storedHashes"/>, it
    /// is accepted and the hashes left (without it) are returned to store; otherwise nothing changes.
    /// Case, spaces and dashes in what was typed do not matter.
    /// </summary>
    public static (bool Accepted, IReadOnlyList<string> Remaining) Use(IReadOnlyList<string> storedHashes, string entered)
    {
        ArgumentNullException.ThrowIfNull(storedHashes);
        ArgumentNullException.ThrowIfNull(entered);
        var normalised = Normalise(entered);
        if (normalised.Length != Length || !normalised.All(c => Alphabet.Contains(c, StringComparison.Ordinal)))
        {
            return (false, storedHashes);
        }

        var hash = Encoding.ASCII.GetBytes(Hash(normalised));
        var match = -1;
        for (var i = 0; i < storedHashes.Count; i++)
        {
            // Compare with every stored hash in constant time, so timing does not tell which matched.
            if (CryptographicOperations.FixedTimeEquals(hash, Encoding.ASCII.GetBytes(storedHashes[i])))
            {
                match = i;
            }
        }

        return match < 0 ? (false, storedHashes) : (true, [.. storedHashes.Where((_, i) => i != match)]);
    }

    private static string Normalise(string code) =>
        new([.. code.Where(c => c is not ('-' or ' ')).Select(char.ToUpperInvariant)]);

    private static string Format(string code) =>
        string.Join('-', Enumerable.Range(0, Length / 4).Select(i => code.Substring(i * 4, 4)));
}
