using System.Buffers.Binary;
using System.Globalization;

namespace Omov.Elections.Secrecy.Ballots;

/// <summary>
/// The canonical byte form of a ballot plaintext, version 1 (docs/secret-ballot.md has the same
/// table). Numbers are unsigned 16-bit big-endian:
/// <code>
/// offset  size  field
/// 0       1     version, 0x01
/// 1       2     C, the number of contests on this ballot
///               then C times, in strictly increasing contest order:
///         2       contest number
///         1       kind: 0 blank, 1 spoilt, 2 ranking, 3 selection
///         2       m, the number of candidates named (0 for blank and spoilt)
///         2m      candidate numbers: preference order for a ranking, increasing for a selection
///         …     zero bytes up to the event's <see cref="BallotLayout.PaddedSize"/>
/// </code>
/// Each ballot has exactly one encoding, and decoding is strict: anything else — a wrong length,
/// unknown version or kind, contests out of order, a repeated or out-of-range candidate, a
/// non-zero padding byte — is a <see cref="BallotDecodeResult"/> error naming the byte.
/// </summary>
public static class BallotEncoding
{
    /// <summary>The version byte this code writes and reads.</summary>
    public const byte Version1 = 0x01;

    internal const int HeaderLength = 3;
    internal const int ContestHeaderLength = 5;

    /// <summary>
    /// Encodes <paramref name="ballot"/>, padded to <paramref name="layout"/>'s size. The web ballot
    /// and postal entry validate first (<see cref="BallotLayout.Check"/>); a ballot that does not
    /// fit here is a programming error and throws.
    /// </summary>
    public static byte[] Encode(BallotPlaintext ballot, BallotLayout layout)
    {
        ArgumentNullException.ThrowIfNull(ballot);
        ArgumentNullException.ThrowIfNull(layout);
        var problems = layout.Check(ballot);
        if (problems.Count > 0)
        {
            throw new ArgumentException("The ballot does not fit the event's layout: " + string.Join(" ", problems), nameof(ballot));
        }

        var bytes = new byte[layout.PaddedSize];
        var span = bytes.AsSpan();
        span[0] = Version1;
        BinaryPrimitives.WriteUInt16BigEndian(span[1..], (ushort)ballot.Choices.Count);
        var at = HeaderLength;
        foreach (var choice in ballot.Choices)
        {
            BinaryPrimitives.WriteUInt16BigEndian(span[at..], (ushort)choice.Contest);
            span[at + 2] = (byte)choice.Kind;
            BinaryPrimitives.WriteUInt16BigEndian(span[(at + 3)..], (ushort)choice.Candidates.Count);
            at += ContestHeaderLength;
            foreach (var candidate in choice.Candidates)
            {
                BinaryPrimitives.WriteUInt16BigEndian(span[at..], (ushort)candidate);
                at += 2;
            }
        }

        return bytes;
    }

    /// <summary>Decodes an opened plaintext against the event's layout; never throws for bad bytes.</summary>
    public static BallotDecodeResult Decode(ReadOnlySpan<byte> bytes, BallotLayout layout)
    {
        ArgumentNullException.ThrowIfNull(layout);
        if (bytes.Length != layout.PaddedSize)
        {
            return BallotDecodeResult.Fail(0, Say($"the plaintext is {bytes.Length} bytes long; this event's ballots are {layout.PaddedSize}."));
        }

        if (bytes[0] != Version1)
        {
            return BallotDecodeResult.Fail(0, Say($"plaintext version {bytes[0]} is not supported (this build reads version {Version1})."));
        }

        int count = BinaryPrimitives.ReadUInt16BigEndian(bytes[1..]);
        if (count > layout.Contests.Count)
        {
            return BallotDecodeResult.Fail(1, Say($"the ballot claims more contests than the {layout.Contests.Count} on this event's ballot."));
        }

        var choices = new List<ContestChoice>(count);
        var seen = new HashSet<int>();
        var at = HeaderLength;
        var previous = 0;
        for (var i = 0; i < count; i++)
        {
            // The length is the padded size, which has room for every contest at its longest,
            // and each contest is checked against its own maximum before its candidates are read.
            int number = BinaryPrimitives.ReadUInt16BigEndian(bytes[at..]);
            var contest = layout.Find(number);
            if (contest is null)
            {
                return BallotDecodeResult.Fail(at, Say($"contest {number} is not on this event's ballot."));
            }

            if (number <= previous)
            {
                return BallotDecodeResult.Fail(at, Say($"contest {number} comes after contest {previous}; contests must be in increasing order, each once."));
            }

            var kind = bytes[at + 2];
            if (kind > (byte)ChoiceKind.Selection)
            {
                return BallotDecodeResult.Fail(at + 2, Say($"the choice in contest {number} is of unknown kind {kind}."));
            }

            int named = BinaryPrimitives.ReadUInt16BigEndian(bytes[(at + 3)..]);
            if (named > contest.MaxChoices)
            {
                return BallotDecodeResult.Fail(at + 3, Say($"contest {number} names more candidates than the {contest.MaxChoices} allowed."));
            }

            var start = at;
            at += ContestHeaderLength;
            var candidates = new int[named];
            for (var c = 0; c < named; c++)
            {
                candidates[c] = BinaryPrimitives.ReadUInt16BigEndian(bytes[at..]);
                at += 2;
            }

            var choice = ContestChoice.Read(number, (ChoiceKind)kind, candidates);
            var problem = layout.CheckChoice(choice, seen);
            if (problem is not null)
            {
                return BallotDecodeResult.Fail(start, problem);
            }

            choices.Add(choice);
            previous = number;
        }

        var padding = bytes[at..].IndexOfAnyExcept((byte)0);
        if (padding >= 0)
        {
            return BallotDecodeResult.Fail(at + padding, "the padding after the last contest is not all zero bytes.");
        }

        return BallotDecodeResult.Ok(new BallotPlaintext(choices));
    }

    private static string Say(FormattableString message) => message.ToString(CultureInfo.InvariantCulture);
}
