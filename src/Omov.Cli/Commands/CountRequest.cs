using Omov.Cli.Output;

namespace Omov.Cli.Commands;

/// <summary>The <c>omov count</c> command line, as parsed and before any file is read.</summary>
internal sealed record CountRequest(
    IReadOnlyList<string> Files,
    string Method,
    int? Seats,
    ReportFormat Format,
    string? OutputFolder,
    IReadOnlyList<string> Groups,
    string? GroupsFile,
    IReadOnlyList<string> Minimums,
    IReadOnlyList<string> Maximums,
    IReadOnlyList<string> Withdraw,
    IReadOnlyList<string> KeepElected,
    string? TieBreak);
