namespace Omov.Web.Staff;

/// <summary>The claims in a staff session cookie. Roles are re-read from the database on each request.</summary>
internal static class StaffClaims
{
    /// <summary>The account's id.</summary>
    public const string AccountId = "omov:account";

    /// <summary>In the pending cookie: what the person must do next ("totp" or "enrol").</summary>
    public const string Stage = "omov:stage";

    /// <summary>In the pending cookie during enrolment: the new TOTP secret shown as a QR code.</summary>
    public const string NewSecret = "omov:new-secret";

    /// <summary>In the pending cookie: where to go after signing in.</summary>
    public const string ReturnUrl = "omov:return";
}
