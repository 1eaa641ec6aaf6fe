using System.Globalization;
using System.Text;
using Omov.Data.Register;
using Omov.Elections.Register;

namespace Omov.Data.Generation;

/// <summary>
/// A deterministic synthetic register for demos, tests and benchmarks: the same seed and size
/// always give the same units and members, byte for byte. The organisation has three nations,
/// eleven regions, local parties with a few branches each, and affiliates; members have UK-style
/// names and postcodes, join dates with the 2015–16 and 2019–20 surges, lapses and rejoins,
/// arrears, section declarations, councillors, affiliated supporters and shared household emails.
/// Everything is relative to <see cref="AsOf"/>, never the clock.
/// </summary>
public sealed class RegisterGenerator
{
    /// <summary>The day the register describes.</summary>
    public static readonly DateOnly AsOf = new(2026, 1, 1);

    private const string PostcodeInward = "ABDEFGHJLNPQRSTUWXYZ";

    private static readonly (string Code, string Name, string Nation, string[] Areas)[] s_regions =
    [
        ("R-NE", "North East", "ENG", ["NE", "SR", "DH", "TS"]),
        ("R-NW", "North West", "ENG", ["M", "L", "PR", "BB", "WA"]),
        ("R-YH", "Yorkshire and the Humber", "ENG", ["LS", "BD", "S", "HU", "YO"]),
        ("R-EM", "East Midlands", "ENG", ["NG", "LE", "DE", "NN"]),
        ("R-WM", "West Midlands", "ENG", ["B", "CV", "WV", "ST"]),
        ("R-EE", "East of England", "ENG", ["CB", "NR", "IP", "CM"]),
        ("R-LN", "London", "ENG", ["E", "N", "SE", "SW", "NW", "W"]),
        ("R-SE", "South East", "ENG", ["BN", "OX", "RG", "ME", "GU"]),
        ("R-SW", "South West", "ENG", ["BS", "EX", "PL", "TR", "BA"]),
        ("R-SC", "Scotland", "SCO", ["G", "EH", "AB", "DD", "KY"]),
        ("R-WA", "Wales", "WAL", ["CF", "SA", "NP", "LL"]),
    ];

    private static readonly (string Code, string Name)[] s_affiliates =
    [
        ("AFF-UNITE", "Unite"), ("AFF-UNISON", "UNISON"), ("AFF-GMB", "GMB"), ("AFF-CWU", "CWU"), ("AFF-USDAW", "USDAW"),
        ("AFF-FABIANS", "Fabian Society"), ("AFF-COOP", "Co-operative Party"),
    ];

    private readonly int _seed;
    private readonly int _memberCount;
    private readonly List<OrganisationUnit> _units = [];
    private readonly List<LocalParty> _localParties = [];
    private readonly Dictionary<string, int> _localPartyIndex = new(StringComparer.Ordinal);
    private readonly double[] _cumulativeWeights;

    /// <param name="seed">Any number; the same seed gives the same register.</param>
    /// <param name="memberCount">How many members.</param>
    /// <param name="localParties">How many local parties; by default one per thousand members, between 11 and 650.</param>
    public RegisterGenerator(int seed, int memberCount, int? localParties = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(memberCount);
        _seed = seed;
        _memberCount = memberCount;
        var random = new Random(seed);
        _units.Add(new OrganisationUnit("ENG", "England", OrganisationUnitKind.Nation, null));
        _units.Add(new OrganisationUnit("SCO", "Scotland", OrganisationUnitKind.Nation, null));
        _units.Add(new OrganisationUnit("WAL", "Wales", OrganisationUnitKind.Nation, null));
        foreach (var region in s_regions)
        {
            _units.Add(new OrganisationUnit(region.Code, region.Name, OrganisationUnitKind.Region, region.Nation));
        }

        var count = localParties ?? Math.Clamp(memberCount / 1000, 11, 650);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count, nameof(localParties));
        var names = new HashSet<string>(StringComparer.Ordinal);
        var weights = new double[count];
        for (var i = 0; i < count; i++)
        {
            var region = s_regions[i % s_regions.Length];
            string name;
            do
            {
                name = Names.Places[random.Next(Names.Places.Length)] + " " + Names.Quarters[random.Next(Names.Quarters.Length)];
            }
            while (!names.Add(name) && names.Count < Names.Places.Length * Names.Quarters.Length);

            var code = "CLP-" + (i + 1).ToString("D4", CultureInfo.InvariantCulture);
            _units.Add(new OrganisationUnit(code, name, OrganisationUnitKind.LocalParty, region.Code));
            var branches = new List<string>();
            var branchCount = 2 + random.Next(5);
            for (var b = 1; b <= branchCount; b++)
            {
                var branch = code + "-B" + b.ToString(CultureInfo.InvariantCulture);
                branches.Add(branch);
                _units.Add(new OrganisationUnit(branch, Names.Streets[random.Next(Names.Streets.Length)] + " Ward", OrganisationUnitKind.Branch, code));
            }

            _localPartyIndex[code] = _localParties.Count;
            _localParties.Add(new LocalParty(code, name.Split(' ')[0], region.Areas, branches));
            // Local parties differ in size: London and university towns are big, rural seats small.
            weights[i] = 0.4 + (random.NextDouble() * 1.6) + (region.Code == "R-LN" ? 0.8 : 0);
        }

        foreach (var (code, name) in s_affiliates)
        {
            _units.Add(new OrganisationUnit(code, name, OrganisationUnitKind.Affiliate, null));
        }

        _cumulativeWeights = new double[count];
        var total = 0.0;
        for (var i = 0; i < count; i++)
        {
            total += weights[i];
            _cumulativeWeights[i] = total;
        }
    }

    /// <summary>The organisation: nations, regions, local parties, branches, affiliates (parents before children).</summary>
    public IReadOnlyList<OrganisationUnit> Units => _units;

    /// <summary>The members, made one at a time (never all held); the same every time.</summary>
    public IEnumerable<Member> Members()
    {
        var random = new Random(unchecked((_seed * 7919) + 17));
        Member? previous = null;
        for (var i = 0; i < _memberCount; i++)
        {
            var member = Next(random, i, previous);
            previous = member;
            yield return member;
        }
    }

    /// <summary>Writes <c>units.csv</c> and <c>members.csv</c> into <paramref name="folder"/> (created if needed).</summary>
    public async Task WriteCsvAsync(string folder, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(folder);
        Directory.CreateDirectory(folder);
        var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        await using (var units = new StreamWriter(Path.Combine(folder, "units.csv"), append: false, encoding))
        {
            using var csv = RegisterCsvWriter.ForUnits(units);
            foreach (var unit in _units)
            {
                csv.Write(unit);
            }
        }

        await using var members = new StreamWriter(Path.Combine(folder, "members.csv"), append: false, encoding, bufferSize: 1 << 16);
        using var writer = RegisterCsvWriter.ForMembers(members);
        var written = 0;
        foreach (var member in Members())
        {
            writer.Write(member);
            if (++written % 10_000 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }
        }
    }

    private Member Next(Random random, int index, Member? previous)
    {
        var number = "L" + (1_000_001 + index).ToString("D7", CultureInfo.InvariantCulture);
        // A household: someone living with the previous member, sharing their address and often their email.
        var household = previous is not null && previous.Address is not null && random.NextDouble() < 0.08;
        var localParty = household ? _localParties[_localPartyIndex[previous!.LocalPartyCode]] : _localParties[PickLocalParty(random)];
        var woman = random.NextDouble() < 0.5;
        var firstName = woman ? Names.Women[random.Next(Names.Women.Length)] : Names.Men[random.Next(Names.Men.Length)];
        var lastName = household && random.NextDouble() < 0.7 ? previous!.LastName : Names.Surnames[random.Next(Names.Surnames.Length)];

        var joinedAt = JoinDate(random);
        var joinedDay = DateOnly.FromDateTime(joinedAt.UtcDateTime);
        var continuousSince = joinedDay;
        var lapsedEver = random.NextDouble() < 0.12;
        if (lapsedEver)
        {
            // Lapsed and rejoined: the unbroken membership starts at the rejoin.
            var rejoin = joinedDay.AddDays(180 + random.Next(365 * 6));
            continuousSince = rejoin < AsOf ? rejoin : joinedDay;
        }

        var status = MemberStatus.Full;
        DateOnly? paidUpTo;
        var standing = random.NextDouble();
        if (standing < 0.07)
        {
            status = MemberStatus.Lapsed;
            paidUpTo = Max(continuousSince, AsOf.AddDays(-(190 + random.Next(365 * 4))));
        }
        else if (standing < 0.073)
        {
            status = MemberStatus.Expelled;
            paidUpTo = AsOf.AddDays(-random.Next(400));
        }
        else if (standing < 0.18)
        {
            paidUpTo = AsOf.AddDays(-(1 + random.Next(180))); // in arrears, within the six months before lapsing
        }
        else
        {
            paidUpTo = AsOf.AddDays(random.Next(1, 366));
        }

        if (status == MemberStatus.Full && continuousSince > AsOf.AddDays(-56))
        {
            status = MemberStatus.Provisional;
        }

        paidUpTo = Max(paidUpTo.Value, continuousSince);

        var sections = new List<SectionDeclaration>(2);
        if (woman && random.NextDouble() < 0.97)
        {
            sections.Add(new SectionDeclaration(Section.Women, Declared(random, joinedAt)));
        }

        if (random.NextDouble() < 0.13)
        {
            sections.Add(new SectionDeclaration(Section.Bame, Declared(random, joinedAt)));
        }

        if (random.NextDouble() < 0.09)
        {
            sections.Add(new SectionDeclaration(Section.Disabled, Declared(random, joinedAt)));
        }

        if (random.NextDouble() < 0.07)
        {
            sections.Add(new SectionDeclaration(Section.LgbtPlus, Declared(random, joinedAt)));
        }

        PostalAddress? address = household ? previous!.Address : random.NextDouble() < 0.96 ? Address(random, localParty) : null;
        string? email;
        if (household && previous!.Email is not null && random.NextDouble() < 0.6)
        {
            email = previous.Email; // one household, one inbox
        }
        else if (random.NextDouble() < 0.1)
        {
            email = null;
        }
        else
        {
            email = Ascii(firstName) + "." + Ascii(lastName) + (index % 997).ToString(CultureInfo.InvariantCulture) + "@" + Names.Domains[random.Next(Names.Domains.Length)];
        }

        return new Member
        {
            MembershipNumber = number,
            FirstName = firstName,
            LastName = lastName,
            Email = email,
            Address = address,
            DateOfBirth = random.NextDouble() < 0.03 ? null : BirthDate(random, joinedDay),
            JoinedAt = joinedAt,
            ContinuousSince = continuousSince,
            PaidUpTo = paidUpTo,
            Status = status,
            LocalPartyCode = localParty.Code,
            BranchCode = random.NextDouble() < 0.9 ? localParty.Branches[random.Next(localParty.Branches.Count)] : null,
            Sections = sections,
            IsCouncillor = random.NextDouble() < 0.012,
            AffiliateCode = random.NextDouble() < 0.03 ? s_affiliates[random.Next(s_affiliates.Length)].Code : null,
        };
    }

    private int PickLocalParty(Random random)
    {
        var target = random.NextDouble() * _cumulativeWeights[^1];
        var index = Array.BinarySearch(_cumulativeWeights, target);
        return Math.Min(index < 0 ? ~index : index, _cumulativeWeights.Length - 1);
    }

    /// <summary>Join moments: a steady trickle since 1990 with the 2015–16 and 2019–20 surges and a post-2020 stream.</summary>
    private static DateTimeOffset JoinDate(Random random)
    {
        var era = random.NextDouble();
        (DateOnly From, DateOnly To) span = era switch
        {
            < 0.22 => (new DateOnly(1990, 1, 1), new DateOnly(2015, 5, 7)),
            < 0.50 => (new DateOnly(2015, 5, 8), new DateOnly(2016, 9, 24)),
            < 0.60 => (new DateOnly(2016, 9, 25), new DateOnly(2019, 10, 31)),
            < 0.80 => (new DateOnly(2019, 11, 1), new DateOnly(2020, 4, 4)),
            _ => (new DateOnly(2020, 4, 5), AsOf.AddDays(-1)),
        };
        var days = span.To.DayNumber - span.From.DayNumber;
        var day = DateOnly.FromDayNumber(span.From.DayNumber + random.Next(days + 1));
        var seconds = 7 * 3600 + random.Next(16 * 3600); // between 07:00 and 23:00 UTC
        return new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddSeconds(seconds);
    }

    /// <summary>Most declare a section on joining; some later.</summary>
    private static DateTimeOffset Declared(Random random, DateTimeOffset joinedAt)
    {
        if (random.NextDouble() < 0.7)
        {
            return joinedAt;
        }

        var latest = new DateTimeOffset(AsOf.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var span = (latest - joinedAt).TotalSeconds;
        return span <= 0 ? joinedAt : joinedAt.AddSeconds(Math.Floor(random.NextDouble() * span));
    }

    /// <summary>Ages 14 to 95 on <see cref="AsOf"/>, weighted to older members, and at least 14 on joining.</summary>
    private static DateOnly BirthDate(Random random, DateOnly joined)
    {
        var roll = random.NextDouble();
        var age = roll switch
        {
            < 0.08 => 14 + random.Next(13),  // under 27
            < 0.35 => 27 + random.Next(23),
            < 0.80 => 50 + random.Next(25),
            _ => 75 + random.Next(21),
        };
        var birth = AsOf.AddYears(-age).AddDays(-random.Next(365));
        var latest = joined.AddYears(-14);
        return birth > latest ? latest.AddDays(-random.Next(365)) : birth;
    }

    private static PostalAddress Address(Random random, LocalParty party)
    {
        var house = (1 + random.Next(180)).ToString(CultureInfo.InvariantCulture);
        var street = Names.Streets[random.Next(Names.Streets.Length)] + " " + Names.StreetKinds[random.Next(Names.StreetKinds.Length)];
        var flat = random.NextDouble() < 0.15 ? "Flat " + (1 + random.Next(30)).ToString(CultureInfo.InvariantCulture) : null;
        var area = party.Areas[random.Next(party.Areas.Length)];
        var district = (1 + random.Next(area.Length == 1 ? 30 : 20)).ToString(CultureInfo.InvariantCulture);
        var postcode = string.Create(CultureInfo.InvariantCulture, $"{area}{district} {random.Next(10)}{PostcodeInward[random.Next(PostcodeInward.Length)]}{PostcodeInward[random.Next(PostcodeInward.Length)]}");
        return flat is null
            ? new PostalAddress(house + " " + street, null, null, party.Town, postcode)
            : new PostalAddress(flat, house + " " + street, null, party.Town, postcode);
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static string Ascii(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (char.IsAsciiLetter(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    private sealed record LocalParty(string Code, string Town, string[] Areas, IReadOnlyList<string> Branches);
}
