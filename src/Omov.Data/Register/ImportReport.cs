namespace Omov.Data.Register;

/// <summary>What an import did, or would have done.</summary>
/// <param name="RowsRead">Data rows read.</param>
/// <param name="RowsWritten">Rows written to the database (0 after a dry run or when any problem was found).</param>
/// <param name="Problems">The first problems found, in file order (at most <see cref="ImportOptions.MaxProblemsKept"/>).</param>
/// <param name="ProblemCount">How many problems were found in all.</param>
/// <param name="DryRun">Whether this was a dry run (nothing is written).</param>
public sealed record ImportReport(long RowsRead, long RowsWritten, IReadOnlyList<ImportProblem> Problems, long ProblemCount, bool DryRun)
{
    /// <summary>No problems: the rows were (or, in a dry run, would be) written.</summary>
    public bool Succeeded => ProblemCount == 0;
}
