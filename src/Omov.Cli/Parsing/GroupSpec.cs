namespace Omov.Cli.Parsing;

/// <summary>A group of candidates from <c>--group women=NAME,NAME,...</c> or a groups file, not yet matched to a ballot file.</summary>
/// <param name="Group">The group's name.</param>
/// <param name="Members">Candidate names or numbers.</param>
/// <param name="Source">Where it came from, for messages (<c>--group</c>, or <c>file.csv:3</c>).</param>
internal sealed record GroupSpec(string Group, IReadOnlyList<string> Members, string Source)
{
    /// <summary>Reads <c>GROUP=NAME,NAME,...</c>.</summary>
    public static Parsed<GroupSpec> Parse(string text)
    {
        var equals = text.IndexOf('=', StringComparison.Ordinal);
        var group = equals < 0 ? string.Empty : text[..equals].Trim();
        var members = equals < 0 ? [] : CandidateReferences.Split(text[(equals + 1)..]);
        return group.Length == 0 || members.Count == 0
            ? Parsed<GroupSpec>.Fail($"--group: expected GROUP=NAME,NAME,... such as women=1,4,7 (got '{text}')")
            : Parsed<GroupSpec>.Ok(new GroupSpec(group, members, "--group " + group));
    }
}
