using System.Globalization;

namespace Omov.Data.Register;

/// <summary>
/// Omov's own members CSV: the columns <c>omov members export</c> writes and
/// <c>omov members import</c> reads without a mapping. Dates are <c>YYYY-MM-DD</c>; moments are
/// ISO 8601 in UTC (<c>2020-01-20T17:00:00Z</c>).
/// </summary>
public static class MemberCsvFormat
{
    public const string MembershipNumber = "membership_number";
    public const string FirstName = "first_name";
    public const string LastName = "last_name";
    public const string Email = "email";
    public const string AddressLine1 = "address_line1";
    public const string AddressLine2 = "address_line2";
    public const string AddressLine3 = "address_line3";
    public const string Town = "town";
    public const string Postcode = "postcode";
    public const string DateOfBirth = "date_of_birth";
    public const string JoinedAt = "joined_at";
    public const string ContinuousSince = "continuous_since";
    public const string PaidUpTo = "paid_up_to";
    public const string Status = "status";
    public const string LocalParty = "local_party";
    public const string Branch = "branch";
    public const string WomenSince = "women_since";
    public const string BameSince = "bame_since";
    public const string DisabledSince = "disabled_since";
    public const string LgbtPlusSince = "lgbt_plus_since";
    public const string Councillor = "councillor";
    public const string Affiliate = "affiliate";

    /// <summary>Every field, in the order export writes them.</summary>
    public static readonly IReadOnlyList<string> Fields =
    [
        MembershipNumber, FirstName, LastName, Email, AddressLine1, AddressLine2, AddressLine3, Town, Postcode,
        DateOfBirth, JoinedAt, ContinuousSince, PaidUpTo, Status, LocalParty, Branch,
        WomenSince, BameSince, DisabledSince, LgbtPlusSince, Councillor, Affiliate,
    ];

    /// <summary>Fields every row must fill.</summary>
    public static readonly IReadOnlyList<string> Required = [MembershipNumber, FirstName, LastName, JoinedAt, ContinuousSince, Status, LocalParty];

    public static string Date(DateOnly? value) => value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;

    public static string Instant(DateTimeOffset? value) =>
        value?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture) ?? string.Empty;
}
