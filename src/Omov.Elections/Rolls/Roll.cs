using Omov.Elections.Eligibility;
using Omov.Elections.Register;
using Omov.Elections.Rulebooks;

namespace Omov.Elections.Rolls;

/// <summary>
/// A frozen electoral roll for one contest: the eligible members' numbers in canonical order with each
/// one's delivery channel, the rulebook that chose them, counts, and a SHA-256 digest of the canonical
/// listing (<see cref="RollListing"/>). Immutable: approval is a separate <see cref="RollApproval"/>.
/// </summary>
public sealed class Roll
{
    private Roll(
        string contestId,
        string rulebookId,
        int rulebookVersion,
        DateTimeOffset frozenAt,
        RollEntry[] entries,
        IReadOnlyDictionary<Section, int> countsBySection)
    {
        ContestId = contestId;
        RulebookId = rulebookId;
        RulebookVersion = rulebookVersion;
        FrozenAt = frozenAt.ToUniversalTime();
        Entries = entries;
        CountsBySection = countsBySection;
        CountsByChannel = Enum.GetValues<DeliveryChannel>().ToDictionary(c => c, c => entries.Count(e => e.Channel == c));
        Digest = RollListing.Digest(Header, entries);
    }

    /// <summary>The contest the roll is for.</summary>
    public string ContestId { get; }

    /// <summary>The rulebook's id.</summary>
    public string RulebookId { get; }

    /// <summary>The rulebook's version.</summary>
    public int RulebookVersion { get; }

    /// <summary>When the roll was frozen (UTC).</summary>
    public DateTimeOffset FrozenAt { get; }

    /// <summary>The voters, sorted ordinally by membership number.</summary>
    public IReadOnlyList<RollEntry> Entries { get; }

    /// <summary>How many voters declared each section by the freeze (every section present, zero if none).</summary>
    public IReadOnlyDictionary<Section, int> CountsBySection { get; }

    /// <summary>How many voters get each channel.</summary>
    public IReadOnlyDictionary<DeliveryChannel, int> CountsByChannel { get; }

    /// <summary>SHA-256 of <see cref="Listing"/>, lower-case hex.</summary>
    public string Digest { get; }

    /// <summary>The header line of the listing.</summary>
    public string Header => RollListing.Header(ContestId, RulebookId, RulebookVersion, FrozenAt);

    /// <summary>The canonical listing, as documented on <see cref="RollListing"/>.</summary>
    public string Listing() => RollListing.Write(Header, Entries);

    /// <summary>Freezes the roll now, by the injected clock.</summary>
    public static Roll Freeze(string contestId, Rulebook rulebook, IEnumerable<Member> members, IOrganisationTree tree, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return Freeze(contestId, rulebook, members, tree, clock.GetUtcNow());
    }

    /// <summary>
    /// Freezes the roll: every member the rulebook admits, with a channel each. Email goes to a member
    /// whose address (trimmed, compared case-insensitively) no other eligible member shares; post to one
    /// with no address or a shared one, if they have a postal address; otherwise "no contact".
    /// Membership numbers must be unique and free of tabs and line breaks (programmer errors otherwise:
    /// the register import checks them).
    /// </summary>
    public static Roll Freeze(string contestId, Rulebook rulebook, IEnumerable<Member> members, IOrganisationTree tree, DateTimeOffset frozenAt)
    {
        CheckField(contestId, nameof(contestId));
        ArgumentNullException.ThrowIfNull(rulebook);
        ArgumentNullException.ThrowIfNull(members);
        ArgumentNullException.ThrowIfNull(tree);
        CheckField(rulebook.Id, nameof(rulebook));

        CompiledRulebook compiled = EligibilityEvaluator.Compile(rulebook, tree);
        long frozenTicks = frozenAt.UtcTicks;

        // Keep only what the channel decision and the section counts need, not whole members:
        // a 600,000-member register streams through here, and most of it is eligible.
        var eligible = new List<EligibleVoter>();
        var emailUses = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (Member member in members)
        {
            if (!compiled.IsEligible(member))
            {
                continue;
            }

            CheckField(member.MembershipNumber, nameof(members));
            string? email = UsableEmail(member);
            if (email is not null)
            {
                emailUses[email] = emailUses.GetValueOrDefault(email) + 1;
            }

            int declared = 0;
            foreach (SectionDeclaration declaration in member.Sections)
            {
                if (declaration.DeclaredAt.UtcTicks <= frozenTicks)
                {
                    declared |= 1 << (int)declaration.Section;
                }
            }

            eligible.Add(new EligibleVoter(member.MembershipNumber, email, member.Address is not null, declared));
        }

        int[] sectionTotals = new int[Enum.GetValues<Section>().Length];
        var entries = new RollEntry[eligible.Count];
        for (int i = 0; i < eligible.Count; i++)
        {
            EligibleVoter voter = eligible[i];
            entries[i] = new RollEntry(voter.MembershipNumber, ChannelFor(voter, emailUses));
            for (int s = 0, declared = voter.DeclaredSections; declared != 0; s++, declared >>= 1)
            {
                if ((declared & 1) != 0)
                {
                    sectionTotals[s]++;
                }
            }
        }

        // A register read in storage order is usually already in membership-number order (imports
        // are), and checking costs one pass where sorting costs twenty.
        if (!InOrder(entries))
        {
            Array.Sort(entries, static (a, b) => string.CompareOrdinal(a.MembershipNumber, b.MembershipNumber));
        }

        for (int i = 1; i < entries.Length; i++)
        {
            if (string.Equals(entries[i - 1].MembershipNumber, entries[i].MembershipNumber, StringComparison.Ordinal))
            {
                throw new ArgumentException("A membership number appears twice among the members.", nameof(members));
            }
        }

        var sectionCounts = Enum.GetValues<Section>().ToDictionary(s => s, s => sectionTotals[(int)s]);
        return new Roll(contestId, rulebook.Id, rulebook.Version, frozenAt, entries, sectionCounts);
    }

    /// <summary>
    /// Rebuilds a stored roll (e.g. from the database). The digest is recomputed, so comparing it with the
    /// stored one detects tampering.
    /// </summary>
    public static Roll Restore(
        string contestId,
        string rulebookId,
        int rulebookVersion,
        DateTimeOffset frozenAt,
        IEnumerable<RollEntry> entries,
        IReadOnlyDictionary<Section, int> countsBySection)
    {
        CheckField(contestId, nameof(contestId));
        CheckField(rulebookId, nameof(rulebookId));
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(countsBySection);
        RollEntry[] sorted = [.. entries];
        foreach (RollEntry entry in sorted)
        {
            CheckField(entry.MembershipNumber, nameof(entries));
        }

        Array.Sort(sorted, static (a, b) => string.CompareOrdinal(a.MembershipNumber, b.MembershipNumber));
        var counts = Enum.GetValues<Section>().ToDictionary(s => s, s => countsBySection.GetValueOrDefault(s));
        return new Roll(contestId, rulebookId, rulebookVersion, frozenAt, sorted, counts);
    }

    private static bool InOrder(RollEntry[] entries)
    {
        for (int i = 1; i < entries.Length; i++)
        {
            if (string.CompareOrdinal(entries[i - 1].MembershipNumber, entries[i].MembershipNumber) > 0)
            {
                return false;
            }
        }

        return true;
    }

    private static DeliveryChannel ChannelFor(EligibleVoter voter, Dictionary<string, int> emailUses)
    {
        if (voter.Email is { } email && emailUses[email] == 1)
        {
            return DeliveryChannel.Email;
        }

        return voter.HasAddress ? DeliveryChannel.Post : DeliveryChannel.NoContact;
    }

    private static string? UsableEmail(Member member)
    {
        string? email = member.Email?.Trim();
        return string.IsNullOrEmpty(email) ? null : email;
    }

    private static void CheckField(string value, string parameterName)
    {
        ArgumentException.ThrowIfNullOrEmpty(value, parameterName);
        if (value.AsSpan().IndexOfAny('\t', '\n', '\r') >= 0)
        {
            throw new ArgumentException("Identifiers on a roll may not contain tabs or line breaks.", parameterName);
        }
    }

    /// <summary>What freezing needs of an eligible member: number, usable email, whether they have an address, sections declared by the freeze (bits by <see cref="Section"/>).</summary>
    private readonly record struct EligibleVoter(string MembershipNumber, string? Email, bool HasAddress, int DeclaredSections);
}
