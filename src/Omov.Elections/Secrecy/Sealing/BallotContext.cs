using System.Text;

namespace Omov.Elections.Secrecy.Sealing;

/// <summary>
/// The associated data that binds a sealed ballot to one ballot event: it is authenticated with the
/// ballot, not stored in it, so a ballot copied into another event's box fails to open there. The
/// test ballot of a key ceremony gets a different label, so it can never pass for a cast ballot.
/// </summary>
public static class BallotContext
{
    /// <summary><c>"omov/ballot/v1" 0x00 eventId</c> in UTF-8: the binding for ballots cast in an event.</summary>
    public static byte[] ForEvent(string eventId) => Label("omov/ballot/v1", eventId);

    /// <summary><c>"omov/ceremony-test/v1" 0x00 eventId</c> in UTF-8: the binding for a key ceremony's test ballot.</summary>
    public static byte[] ForCeremonyTest(string eventId) => Label("omov/ceremony-test/v1", eventId);

    private static byte[] Label(string label, string eventId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(eventId);
        return Encoding.UTF8.GetBytes(label + "\0" + eventId);
    }
}
