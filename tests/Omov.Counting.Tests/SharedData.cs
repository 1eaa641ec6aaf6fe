namespace Omov.Counting.Tests;

/// <summary>
/// Finds the project's reference election data, <c>../shared/data</c> beside the checkout
/// (or <c>OMOV_SHARED_DATA</c>), and fails loudly when it is missing.
/// </summary>
internal static class SharedData
{
    private static readonly Lazy<string> s_root = new(Locate);

    public static string Root => s_root.Value;

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    public static IEnumerable<string> Files(string folder, string pattern) =>
        Directory.EnumerateFiles(PathOf(folder), pattern).Order(StringComparer.Ordinal);

    private static string Locate()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("OMOV_SHARED_DATA");
        if (!string.IsNullOrEmpty(fromEnvironment) && Directory.Exists(fromEnvironment))
        {
            return fromEnvironment;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "data");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException(
            "The reference data folder ../shared/data was not found beside the checkout; set OMOV_SHARED_DATA to its path.");
    }
}
