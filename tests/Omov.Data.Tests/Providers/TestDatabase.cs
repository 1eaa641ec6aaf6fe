namespace Omov.Data.Tests.Providers;

/// <summary>A fresh database for one test, removed when disposed.</summary>
public sealed class TestDatabase(string connection, Func<Task> remove) : IAsyncDisposable
{
    /// <summary>What to pass to <see cref="OmovDatabase.OpenAsync"/> (or <c>--db</c>).</summary>
    public string Connection { get; } = connection;

    public Task<OmovDatabase> OpenAsync() => OmovDatabase.OpenAsync(Connection);

    public async ValueTask DisposeAsync() => await remove();
}
