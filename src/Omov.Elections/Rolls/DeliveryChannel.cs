namespace Omov.Elections.Rolls;

/// <summary>How a voter on a roll gets their ballot.</summary>
public enum DeliveryChannel
{
    /// <summary>By email: the member has an address no other eligible member on the roll shares.</summary>
    Email,

    /// <summary>By post: no email address, or one shared with another eligible member (§1.6).</summary>
    Post,

    /// <summary>Neither a usable email address nor a postal address: still on the roll, flagged for staff.</summary>
    NoContact,
}
