using System.Globalization;
using System.Text;
using Omov.Data.Generation;

namespace Omov.Delivery.Post.Samples;

/// <summary>
/// Synthetic postal packs for members of the synthetic register (<see cref="RegisterGenerator"/>):
/// real-looking addresses and postcodes, members in Wales partly in Welsh, and made-up voting
/// codes (the real ones come from the credentials service). Lazily made: never all held.
/// </summary>
public static class SamplePacks
{
    private const string Base32 = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static readonly string[] s_welshAreas = ["CF", "SA", "NP", "LL"];

    /// <summary>
    /// <paramref name="count"/> packs (members without an address are skipped, so more members are drawn).
    /// </summary>
    /// <param name="count">Packs wanted.</param>
    /// <param name="seed">The same seed gives the same packs.</param>
    /// <param name="language">Force one language, or null: a third of members in Wales get Welsh.</param>
    public static IEnumerable<PostalPack> Generate(int count, int seed, PostalLanguage? language = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var random = new Random(seed);
        var made = 0;

        // Draw from a register somewhat bigger than needed: a few members have no postal address.
        var generator = new RegisterGenerator(seed, Math.Max(16, count + (count / 4) + 16));
        foreach (var member in generator.Members())
        {
            if (made == count)
            {
                yield break;
            }

            if (member.Address is not { } address)
            {
                continue;
            }

            var inWales = s_welshAreas.Any(area => address.Postcode.StartsWith(area, StringComparison.Ordinal) && address.Postcode.Length > area.Length && char.IsAsciiDigit(address.Postcode[area.Length]));
            var lang = language ?? (inWales && random.Next(3) == 0 ? PostalLanguage.Welsh : PostalLanguage.English);
            var code = Code(random);
            // Everyone votes for Leader and Deputy; NEC seats, youth rep and committee vary.
            List<int> contests = [0, 1, 2];
            if (random.Next(5) == 0)
            {
                contests.Add(3);
            }

            if (random.Next(2) == 0)
            {
                contests.Add(4);
            }

            var lines = new[] { address.Line1, address.Line2, address.Line3, address.Town.ToUpperInvariant() }
                .Where(line => !string.IsNullOrWhiteSpace(line)).Select(line => line!).ToArray();
            made++;
            yield return new PostalPack
            {
                MembershipNumber = member.MembershipNumber,
                AddresseeName = member.FirstName + " " + member.LastName,
                AddressLines = lines,
                Postcode = address.Postcode,
                Language = lang,
                VotingCode = code,
                VotingUrl = "https://vote.example.org/v/" + code.Replace("-", string.Empty, StringComparison.Ordinal),
                Ballot = lang == PostalLanguage.Welsh ? SampleBallots.Welsh : SampleBallots.English,
                ContestIndexes = contests,
            };
        }

        if (made < count)
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"The synthetic register gave only {made} members with an address."));
        }
    }

    /// <summary>A made-up code shaped like a real one: 128 random bits as 26 Crockford base-32 characters, in groups of four.</summary>
    private static string Code(Random random)
    {
        Span<byte> bytes = stackalloc byte[17];
        random.NextBytes(bytes[..16]);
        var text = new StringBuilder(32);
        var bits = 0;
        var buffer = 0;
        var index = 0;
        for (var i = 0; i < 26; i++)
        {
            while (bits < 5)
            {
                buffer = (buffer << 8) | bytes[index++];
                bits += 8;
            }

            bits -= 5;
            if (i > 0 && i % 4 == 0)
            {
                text.Append('-');
            }

            text.Append(Base32[(buffer >> bits) & 31]);
        }

        return text.ToString();
    }
}
