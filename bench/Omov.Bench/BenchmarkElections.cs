namespace Omov.Bench;

/// <summary>Generated BLT files, cached in the temp folder so each size is written once.</summary>
public static class BenchmarkElections
{
    public static string PathFor(int ballots, int candidates = 30, int seats = 9)
    {
        var folder = Path.Combine(Path.GetTempPath(), "omov-bench");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, FormattableString.Invariant($"nec-{candidates}c-{seats}s-{ballots}.blt"));
        if (!File.Exists(path))
        {
            var partial = path + ".partial";
            new ElectionGenerator(candidates, seats).WriteBlt(partial, ballots);
            File.Move(partial, path, overwrite: true);
        }

        return path;
    }
}
