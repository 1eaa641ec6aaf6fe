namespace Omov.Elections.Nominations;

/// <summary>What an affiliated organisation is; the Leader threshold counts trade unions apart.</summary>
public enum AffiliateKind
{
    /// <summary>A trade union.</summary>
    TradeUnion,

    /// <summary>A socialist society (or any other affiliate that is not a union).</summary>
    SocialistSociety,
}
