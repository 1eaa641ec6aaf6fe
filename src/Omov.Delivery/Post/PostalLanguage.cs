namespace Omov.Delivery.Post;

/// <summary>The language a pack's fixed wording is printed in (a member's preference from the register).</summary>
public enum PostalLanguage
{
    /// <summary>English.</summary>
    English,

    /// <summary>Welsh (Cymraeg).</summary>
    Welsh,
}
