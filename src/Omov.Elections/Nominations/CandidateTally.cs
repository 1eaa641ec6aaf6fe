namespace Omov.Elections.Nominations;

/// <summary>A candidate's standing nominations, counted by kind of body.</summary>
/// <param name="ElectedMembers">MPs and MEPs.</param>
/// <param name="LocalParties">Local parties.</param>
/// <param name="Affiliates">Affiliates of any kind.</param>
/// <param name="Unions">Of those affiliates, trade unions.</param>
/// <param name="AffiliatedMembership">The nominating affiliates' affiliated membership, added up.</param>
public sealed record CandidateTally(int ElectedMembers, int LocalParties, int Affiliates, int Unions, long AffiliatedMembership)
{
    /// <summary>No nominations.</summary>
    public static CandidateTally None { get; } = new(0, 0, 0, 0, 0);
}
