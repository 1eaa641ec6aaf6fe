namespace Omov.Data.Results;

/// <summary>What opening an event's box gave: the opening and each contest's provisional result.</summary>
/// <param name="Opening">When, with which shares, how many ballots.</param>
/// <param name="Results">The provisional results, in ballot order.</param>
public sealed record BoxOpened(StoredOpening Opening, IReadOnlyList<StoredContestResult> Results);
