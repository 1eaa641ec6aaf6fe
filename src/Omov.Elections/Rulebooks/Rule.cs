using System.Text.Json.Serialization;

namespace Omov.Elections.Rulebooks;

/// <summary>
/// One condition of a rulebook. The kinds form a closed set, written in JSON with a <c>type</c>
/// discriminator, so a rulebook is data an administrator can read, diff and version.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(StatusRule), "status")]
[JsonDerivedType(typeof(JoinedByRule), "joinedBy")]
[JsonDerivedType(typeof(PaidUpByRule), "paidUpBy")]
[JsonDerivedType(typeof(ContinuousMembershipRule), "continuousMembership")]
[JsonDerivedType(typeof(ContinuousSinceRule), "continuousSince")]
[JsonDerivedType(typeof(NotInArrearsRule), "notInArrears")]
[JsonDerivedType(typeof(SectionDeclaredRule), "sectionDeclared")]
[JsonDerivedType(typeof(AgeUnderRule), "ageUnder")]
[JsonDerivedType(typeof(WithinUnitRule), "withinUnit")]
[JsonDerivedType(typeof(CouncillorRule), "councillor")]
[JsonDerivedType(typeof(AffiliatedSupportersRule), "affiliatedSupporters")]
[JsonDerivedType(typeof(AllOfRule), "allOf")]
[JsonDerivedType(typeof(AnyOfRule), "anyOf")]
[JsonDerivedType(typeof(NotRule), "not")]
public abstract record Rule
{
    /// <summary>The JSON type names, in the order above (used in error messages).</summary>
    internal static readonly string[] TypeNames =
    [
        "status", "joinedBy", "paidUpBy", "continuousMembership", "continuousSince", "notInArrears",
        "sectionDeclared", "ageUnder", "withinUnit", "councillor", "affiliatedSupporters", "allOf", "anyOf", "not",
    ];

    private protected Rule()
    {
    }
}
