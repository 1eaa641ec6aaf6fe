namespace Omov.Cli.Output;

/// <summary>What <c>omov count --format</c> writes.</summary>
internal enum ReportFormat
{
    /// <summary>The text result sheet.</summary>
    Text,

    /// <summary>JSON in the layout of data/README.md.</summary>
    Json,

    /// <summary>CSV, one row per candidate per stage.</summary>
    Csv,

    /// <summary>One self-contained HTML page.</summary>
    Html,

    /// <summary>The ballots as standard BLT (no count).</summary>
    Blt,
}
