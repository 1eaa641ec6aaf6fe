using System.Text.Json.Serialization;

namespace Omov.Delivery.Issuing;

/// <summary>Source-generated JSON for the postal spool.</summary>
[JsonSerializable(typeof(SpoolLine))]
internal sealed partial class IssueJson : JsonSerializerContext;
