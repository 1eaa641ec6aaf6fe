using Omov.Data.Rolls;
using Omov.Elections.Rolls;

namespace Omov.Data.Services;

/// <summary>A roll just frozen: as stored, and the roll itself (entries, counts, listing).</summary>
/// <param name="Stored">The stored record (status frozen).</param>
/// <param name="Roll">The roll.</param>
/// <param name="Superseded">The unapproved roll this freeze replaced, if any.</param>
public sealed record RollFreeze(StoredRoll Stored, Roll Roll, StoredRoll? Superseded);
