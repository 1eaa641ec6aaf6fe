using Omov.Elections.Register;

namespace Omov.Data.Repositories;

/// <summary>One page of a member search.</summary>
/// <param name="Members">The members on this page.</param>
/// <param name="Total">How many members match in all.</param>
public sealed record MemberPage(IReadOnlyList<Member> Members, long Total);
