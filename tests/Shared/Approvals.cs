using System.Runtime.CompilerServices;

namespace Omov.Tests.Shared;

/// <summary>
/// Approved-file comparison in the manner of Spectre.Console's <c>Expectations/</c>: the
/// expected output is a file checked in beside the tests; on a mismatch the actual output is
/// written next to it as <c>*.received.*</c> to inspect and, if right, rename over the
/// approved file.
/// </summary>
internal static class Approvals
{
    public static void Verify(string actual, string fileName, [CallerFilePath] string callerPath = "")
    {
        var folder = Path.Combine(Path.GetDirectoryName(callerPath)!, "Expectations");
        var approved = Path.Combine(folder, fileName);
        var received = Path.Combine(folder, Path.GetFileNameWithoutExtension(fileName) + ".received" + Path.GetExtension(fileName));
        if (File.Exists(approved) && File.ReadAllText(approved) == actual)
        {
            File.Delete(received);
            return;
        }

        Directory.CreateDirectory(folder);
        File.WriteAllText(received, actual);
        Assert.Fail(File.Exists(approved)
            ? $"{fileName} differs from the approved output; see {received}."
            : $"{fileName} has no approved output yet; check {received} and rename it to {fileName}.");
    }
}
