namespace Omov.Delivery.Post;

/// <summary>Why a pack cannot be printed. Names the member by number and the field, never the personal data itself.</summary>
/// <param name="MembershipNumber">Whose pack (empty when that is what is missing).</param>
/// <param name="Field">The field at fault (e.g. "postcode", "contests[2].candidates").</param>
/// <param name="Message">What is wrong.</param>
public sealed record PackProblem(string MembershipNumber, string Field, string Message)
{
    /// <inheritdoc/>
    public override string ToString() =>
        MembershipNumber.Length == 0 ? $"{Field}: {Message}" : $"member {MembershipNumber}: {Field}: {Message}";
}
