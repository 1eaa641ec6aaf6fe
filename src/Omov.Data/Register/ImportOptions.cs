namespace Omov.Data.Register;

/// <summary>How to import a CSV file.</summary>
public sealed record ImportOptions
{
    /// <summary>Check everything and write nothing.</summary>
    public bool DryRun { get; init; }

    /// <summary>Skip columns that are neither Omov's nor mapped, rather than report them.</summary>
    public bool IgnoreUnknownColumns { get; init; }

    /// <summary>Source column names (any case) mapped to Omov's field names (see <see cref="MemberCsvFormat.Fields"/>).</summary>
    public IReadOnlyDictionary<string, string> Mapping { get; init; } = new Dictionary<string, string>();

    /// <summary>Told now and then how far the import has got.</summary>
    public IProgress<ImportProgress>? Progress { get; init; }

    /// <summary>The organisation's time zone: dates and times without an offset are local times there.</summary>
    public TimeZoneInfo TimeZone { get; init; } = CsvValues.London();

    /// <summary>How many problems the report keeps (the rest are counted only).</summary>
    public int MaxProblemsKept { get; init; } = 1000;
}
