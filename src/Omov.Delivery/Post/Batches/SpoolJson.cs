using System.Text.Json.Serialization;

namespace Omov.Delivery.Post.Batches;

/// <summary>Source-generated JSON for sort runs (no reflection on the hot path).</summary>
[JsonSerializable(typeof(SpooledPack))]
internal sealed partial class SpoolJson : JsonSerializerContext;
