namespace Omov.Data.Register;

/// <summary>Problems found so far: the first few kept, all counted.</summary>
internal sealed class ProblemList(int keep)
{
    private readonly List<ImportProblem> _kept = [];

    public long Count { get; private set; }

    public IReadOnlyList<ImportProblem> Kept => _kept;

    public void Add(long line, string? column, string reason)
    {
        Count++;
        if (_kept.Count < keep)
        {
            _kept.Add(new ImportProblem(line, column, reason));
        }
    }
}
