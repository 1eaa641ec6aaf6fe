namespace Omov.Elections.Events;

/// <summary>
/// Where a ballot event is in its life. It only ever moves forward, one step at a time
/// (<see cref="BallotEventLifecycle"/>): nothing reopens a closed ballot or un-declares a result.
/// </summary>
public enum BallotEventStatus
{
    /// <summary>Being set up: contests, candidates and timetable may change.</summary>
    Draft,

    /// <summary>Fixed and waiting for the ballot to open.</summary>
    Scheduled,

    /// <summary>Members may vote.</summary>
    Open,

    /// <summary>Voting has ended; the box awaits opening by the scrutineers.</summary>
    Closed,

    /// <summary>Opened and counted; the provisional result is seen only by the returning officer.</summary>
    Counted,

    /// <summary>The result is declared and public.</summary>
    Declared,
}
