using System.Globalization;
using Omov.Data.Register;

namespace Omov.Cli.Commands;

/// <summary>Prints an import's problems: the first few with line and column, then how many in all.</summary>
internal static class ImportReportWriter
{
    public const int Shown = 20;

    public static void WriteProblems(CliContext context, string file, ImportReport report)
    {
        var name = Path.GetFileName(file);
        if (report.ProblemCount == 1 && report.Problems.Count == 1 && report.Problems[0].Line == 0)
        {
            context.Fail(report.Problems[0].Reason.StartsWith(name, StringComparison.Ordinal) ? report.Problems[0].Reason : $"{name}: {report.Problems[0].Reason}");
            return;
        }

        var written = report.DryRun ? "dry run" : "nothing was written";
        var plural = report.ProblemCount == 1 ? "problem" : "problems";
        context.Fail(string.Create(CultureInfo.InvariantCulture, $"{name}: {report.ProblemCount} {plural}; {written}"));
        foreach (var problem in report.Problems.Take(Shown))
        {
            context.Error.WriteLine("  " + problem);
        }

        if (report.ProblemCount > Shown)
        {
            context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  ... and {report.ProblemCount - Shown} more"));
        }
    }
}
