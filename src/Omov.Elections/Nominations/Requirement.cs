using System.Text.Json.Serialization;

namespace Omov.Elections.Nominations;

/// <summary>
/// One condition a candidate's nominations must meet. A closed set, written in JSON with a
/// <c>type</c> discriminator like a rulebook's rules, so the thresholds are data that can be read,
/// diffed and versioned.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(ElectedMembersRequirement), "electedMembers")]
[JsonDerivedType(typeof(LocalPartiesRequirement), "localParties")]
[JsonDerivedType(typeof(AffiliatesRequirement), "affiliates")]
[JsonDerivedType(typeof(AllOfRequirement), "allOf")]
[JsonDerivedType(typeof(AnyOfRequirement), "anyOf")]
public abstract record Requirement
{
    /// <summary>The JSON type names (used in error messages).</summary>
    internal static readonly string[] TypeNames = ["electedMembers", "localParties", "affiliates", "allOf", "anyOf"];

    private protected Requirement()
    {
    }
}
