namespace Omov.Elections.Rulebooks;

/// <summary>Whether affiliated supporters take part.</summary>
public enum AffiliatedSupporterPolicy
{
    /// <summary>Individual members and affiliated supporters both pass.</summary>
    Included,

    /// <summary>Only individual members pass.</summary>
    Excluded,

    /// <summary>Only affiliated supporters pass.</summary>
    Only,
}
