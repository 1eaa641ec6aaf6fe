using Omov.Elections.Events;

namespace Omov.Data.Demo;

/// <summary>What <see cref="DemoElection.CreateAsync"/> made: the ballot event and the staff who run it.</summary>
public sealed record DemoSetup(BallotEvent Event, IReadOnlyList<DemoStaffAccount> Staff, long Members);
