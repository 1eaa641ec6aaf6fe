namespace Omov.Data.Register;

/// <summary>One problem an import found: where, and why. Never the value itself (it may be personal data).</summary>
/// <param name="Line">The file's line (1 is the header); 0 for the file as a whole.</param>
/// <param name="Column">The column's name in the file, if the problem is in one.</param>
/// <param name="Reason">What is wrong, in plain English.</param>
public sealed record ImportProblem(long Line, string? Column, string Reason)
{
    public override string ToString() =>
        Line == 0 ? Reason : Column is null ? $"line {Line}: {Reason}" : $"line {Line}, column {Column}: {Reason}";
}
