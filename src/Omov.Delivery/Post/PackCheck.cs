namespace Omov.Delivery.Post;

/// <summary>Checks a pack before anything is printed, so a bad record stops a run with a clear reason instead of a broken page.</summary>
public static class PackCheck
{
    /// <summary>The longest voting link accepted: a longer one makes the QR code too dense to scan from paper.</summary>
    public const int MaxUrlLength = 300;

    /// <summary>Everything wrong with <paramref name="pack"/> (empty when it can be printed).</summary>
    public static IReadOnlyList<PackProblem> Problems(PostalPack pack)
    {
        ArgumentNullException.ThrowIfNull(pack);
        var problems = new List<PackProblem>();
        var member = pack.MembershipNumber ?? string.Empty;
        void Add(string field, string message) => problems.Add(new PackProblem(member, field, message));

        if (string.IsNullOrWhiteSpace(pack.MembershipNumber))
        {
            Add("membership_number", "is empty");
        }

        if (string.IsNullOrWhiteSpace(pack.AddresseeName))
        {
            Add("name", "is empty");
        }

        if (pack.AddressLines is null || !pack.AddressLines.Any(line => !string.IsNullOrWhiteSpace(line)))
        {
            Add("address", "has no lines");
        }

        if (string.IsNullOrWhiteSpace(pack.Postcode))
        {
            Add("postcode", "is empty");
        }

        if (string.IsNullOrWhiteSpace(pack.VotingCode))
        {
            Add("voting_code", "is empty");
        }

        if (!Uri.TryCreate(pack.VotingUrl, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
        {
            Add("voting_url", "is not an http(s) link");
        }
        else if (pack.VotingUrl.Length > MaxUrlLength)
        {
            Add("voting_url", $"is longer than {MaxUrlLength} characters");
        }

        if (!Enum.IsDefined(pack.Language))
        {
            Add("language", "is not English or Welsh");
        }

        if (pack.Ballot is null)
        {
            Add("ballot", "is missing");
            return problems;
        }

        if (pack.ContestIndexes is { } indexes && indexes.Any(i => i < 0 || i >= pack.Ballot.Contests.Count))
        {
            Add("contests", "names a contest the event does not have");
            return problems;
        }

        var contests = pack.Contests.ToList();
        if (contests.Count == 0)
        {
            Add("contests", "there is no contest to vote in");
        }

        for (var i = 0; i < contests.Count; i++)
        {
            var contest = contests[i];
            if (contest.Candidates.Count == 0)
            {
                Add($"contests[{i}].candidates", "there are no candidates");
            }

            if (contest.Candidates.Any(c => string.IsNullOrWhiteSpace(c.Name)))
            {
                Add($"contests[{i}].candidates", "a candidate has no name");
            }

            if (contest.Marking == MarkingRule.UpTo && (contest.MaxMarks < 1 || contest.MaxMarks > Math.Max(1, contest.Candidates.Count)))
            {
                Add($"contests[{i}].max_marks", "must be between 1 and the number of candidates");
            }
        }

        return problems;
    }
}
