using System.Diagnostics;
using System.Globalization;
using Omov.Elections.Secrecy.Keys;
using Omov.Elections.Secrecy.Sealing;

namespace Omov.Bench;

/// <summary>
/// `ceremony K N`: one key ceremony at the production PBKDF2 setting (every share protected, then
/// unlocked again for the proof), one share unlock, one box opening, and sealing and opening 20,000
/// ballots on one thread — the wall-clock times a returning officer and scrutineers will see.
/// </summary>
internal static class CeremonyBench
{
    public static int Run(int threshold, int count)
    {
        var stopwatch = Stopwatch.StartNew();
        var ceremony = KeyBench.Ceremony(threshold, count, ShareFile.DefaultIterations);
        var ceremonyTime = stopwatch.Elapsed;

        stopwatch.Restart();
        var shares = KeyBench.Unlock(ceremony, Enumerable.Range(1, threshold));
        var unlockTime = stopwatch.Elapsed / threshold;

        stopwatch.Restart();
        var box = BoxOpening.Open(ceremony.Record!, shares);
        var combineTime = stopwatch.Elapsed;
        using var opener = box.Opener ?? throw new InvalidOperationException(box.Error);

        const int Ballots = 20_000;
        var context = BallotContext.ForEvent("bench-event");
        var sealedBallots = new byte[Ballots][];
        stopwatch.Restart();
        for (var i = 0; i < Ballots; i++)
        {
            sealedBallots[i] = BallotSealer.Seal(ceremony.Record!.PublicKey, new byte[107], context).ToBytes();
        }

        var sealTime = stopwatch.Elapsed;
        stopwatch.Restart();
        var opened = sealedBallots.Count(b => opener.Open(b, context).Success);
        var openTime = stopwatch.Elapsed;
        Console.WriteLine(FormattableString.Invariant(
            $"{threshold} of {count}: ceremony {ceremonyTime.TotalSeconds:F1} s, unlock one share {unlockTime.TotalMilliseconds:F0} ms, combine {combineTime.TotalMilliseconds:F1} ms; {Ballots:N0} ballots sealed in {sealTime.TotalSeconds:F1} s, opened {opened:N0} in {openTime.TotalSeconds:F1} s (one thread)"));
        shares.ForEach(s => s.Dispose());
        return opened == Ballots ? 0 : 1;
    }

    public static int Run(string[] args) => Run(
        int.Parse(args[1], CultureInfo.InvariantCulture), int.Parse(args[2], CultureInfo.InvariantCulture));
}
