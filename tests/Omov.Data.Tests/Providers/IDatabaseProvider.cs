namespace Omov.Data.Tests.Providers;

/// <summary>Makes a fresh, empty database on one engine for one test.</summary>
public interface IDatabaseProvider
{
    /// <summary>A connection string (or SQLite path) for a new empty database.</summary>
    Task<TestDatabase> CreateAsync();
}
