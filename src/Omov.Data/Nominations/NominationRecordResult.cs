using Omov.Elections.Nominations;

namespace Omov.Data.Nominations;

/// <summary>What storing a nomination did: the nomination recorded, or why the body's standing nominations refused it.</summary>
/// <param name="Recorded">The nomination, when recorded.</param>
/// <param name="Refusal">The refusal, when not.</param>
public sealed record NominationRecordResult(Nomination? Recorded, NominationRefusal? Refusal);
