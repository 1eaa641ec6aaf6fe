using System.Runtime.CompilerServices;

namespace Omov.Cli.Tests;

/// <summary>Files the CLI tests read: the repository's samples and the shared reference data.</summary>
internal static class Paths
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string Sample(string name) => Path.Combine(RepositoryRoot, "samples", name);

    public static string SharedData(params string[] parts)
    {
        var root = Environment.GetEnvironmentVariable("OMOV_SHARED_DATA") is { Length: > 0 } fromEnvironment && Directory.Exists(fromEnvironment)
            ? fromEnvironment
            : Path.Combine(Path.GetDirectoryName(RepositoryRoot)!, "shared", "data");
        if (!Directory.Exists(root))
        {
            // Worktrees sit deeper than the main checkout; look upwards for shared/data.
            for (var dir = new DirectoryInfo(RepositoryRoot); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "shared", "data");
                if (Directory.Exists(candidate))
                {
                    root = candidate;
                    break;
                }
            }
        }

        if (!Directory.Exists(root))
        {
            throw new DirectoryNotFoundException("The reference data folder ../shared/data was not found beside the checkout; set OMOV_SHARED_DATA to its path.");
        }

        return Path.Combine([root, .. parts]);
    }

    private static string FindRoot([CallerFilePath] string here = "")
    {
        for (var dir = new DirectoryInfo(Path.GetDirectoryName(here)!); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Omov.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("Omov.slnx not found above " + here);
    }
}
