using Omov.Elections.Staff;

namespace Omov.Web.Staff;

/// <summary>What a sign-in step decided, for the page to act on.</summary>
/// <param name="Outcome">Go on, refused, locked out, or signed in.</param>
/// <param name="Message">What to tell the person when refused.</param>
/// <param name="Account">The account (as stored after the step) when the step succeeded.</param>
internal sealed record SignInResult(SignInOutcome Outcome, string? Message, StaffAccount? Account);
