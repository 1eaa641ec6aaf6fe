namespace Omov.Delivery.Reissue;

/// <summary>
/// What a member types on the reissue page: their membership number, and either the email address
/// or the postcode and date of birth the party holds for them. None of it is stored except the
/// number (for the per-number limit); nothing typed is ever used as an address.
/// </summary>
public sealed record SelfServiceRequest(string MembershipNumber, string? Email, string? Postcode, DateOnly? DateOfBirth)
{
    /// <summary>Keeps what was typed out of logs.</summary>
    public override string ToString() => "SelfServiceRequest(hidden)";
}
