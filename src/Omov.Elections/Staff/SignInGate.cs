namespace Omov.Elections.Staff;

/// <summary>Whether a sign-in may be tried now; when not, until when and what to tell the person.</summary>
public sealed record SignInGate(bool Open, DateTimeOffset? LockedUntil, string? Message);
