namespace Omov.Data.Tests.Providers;

/// <summary>A fresh database for one test, with its own secret key file, removed when disposed.</summary>
public sealed class TestDatabase(string connection, Func<Task> remove) : IAsyncDisposable
{
    /// <summary>What to pass to <see cref="OmovDatabase.OpenAsync(string, CancellationToken)"/> (or <c>--db</c>).</summary>
    public string Connection { get; } = connection;

    /// <summary>The key file that protects this database's stored secrets (created on first use).</summary>
    public string SecretKeyFile { get; } = Path.Combine(Path.GetTempPath(), "omov-test-key-" + Guid.NewGuid().ToString("N"));

    public Task<OmovDatabase> OpenAsync() => OmovDatabase.OpenAsync(Connection, TimeProvider.System, SecretKeyFile);

    public async ValueTask DisposeAsync()
    {
        File.Delete(SecretKeyFile);
        await remove();
    }
}
