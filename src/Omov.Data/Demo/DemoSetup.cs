using Omov.Elections.Events;

namespace Omov.Data.Demo;

/// <summary>
/// What <see cref="DemoElection.CreateAsync"/> made: the ballot event, the staff who run it, and the
/// passphrases protecting each scrutineer's key share (which they download once, signed in).
/// </summary>
public sealed record DemoSetup(BallotEvent Event, IReadOnlyList<DemoStaffAccount> Staff, long Members, IReadOnlyList<(string Username, string Passphrase)> SharePassphrases);
