namespace Omov.Elections.Register;

/// <summary>A UK-style postal address, as printed in a window envelope.</summary>
public sealed record PostalAddress(string Line1, string? Line2, string? Line3, string Town, string Postcode);
