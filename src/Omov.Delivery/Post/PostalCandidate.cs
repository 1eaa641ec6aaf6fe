namespace Omov.Delivery.Post;

/// <summary>A candidate as the web ballot shows them.</summary>
/// <param name="Name">The name, exactly as on the web ballot.</param>
/// <param name="Description">A line under the name (e.g. "Hackney North CLP"), if any.</param>
/// <param name="Group">A group label (e.g. "Woman"), if the contest shows one.</param>
public sealed record PostalCandidate(string Name, string? Description = null, string? Group = null);
