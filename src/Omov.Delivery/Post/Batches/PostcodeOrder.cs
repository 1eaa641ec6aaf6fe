namespace Omov.Delivery.Post.Batches;

/// <summary>
/// The order packs are printed and posted in: by postcode as Royal Mail sorts (area letters,
/// then district number as a number, so N1 comes before N11, then the rest, then the inward
/// code), then by membership number. Spaces and case are ignored; an empty postcode sorts last.
/// </summary>
public sealed class PostcodeOrder : IComparer<PostalPack>
{
    /// <summary>The one instance.</summary>
    public static readonly PostcodeOrder Instance = new();

    private PostcodeOrder()
    {
    }

    /// <inheritdoc/>
    public int Compare(PostalPack? x, PostalPack? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        var byPostcode = ComparePostcodes(x.Postcode, y.Postcode);
        return byPostcode != 0 ? byPostcode : string.CompareOrdinal(x.MembershipNumber, y.MembershipNumber);
    }

    /// <summary>Compares two postcodes in delivery order.</summary>
    public static int ComparePostcodes(string? x, string? y)
    {
        var a = Normalise(x);
        var b = Normalise(y);
        if (a.Length == 0 || b.Length == 0)
        {
            return a.Length == 0 ? (b.Length == 0 ? 0 : 1) : -1;
        }

        var (areaA, districtA, restA) = Split(a);
        var (areaB, districtB, restB) = Split(b);
        var result = string.CompareOrdinal(areaA, areaB);
        if (result == 0)
        {
            result = districtA.CompareTo(districtB);
        }

        return result != 0 ? result : string.CompareOrdinal(restA, restB);
    }

    private static string Normalise(string? postcode) =>
        postcode is null ? string.Empty : string.Concat(postcode.Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();

    private static (string Area, int District, string Remainder) Split(string postcode)
    {
        var i = 0;
        while (i < postcode.Length && char.IsAsciiLetter(postcode[i]))
        {
            i++;
        }

        var area = postcode[..i];
        var district = 0;
        var digits = 0;
        while (i < postcode.Length && char.IsAsciiDigit(postcode[i]) && digits < 2 && postcode.Length - i > 3)
        {
            district = (district * 10) + (postcode[i] - '0');
            i++;
            digits++;
        }

        return (area, district, postcode[i..]);
    }
}
