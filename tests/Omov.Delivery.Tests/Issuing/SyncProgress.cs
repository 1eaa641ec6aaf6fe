namespace Omov.Delivery.Tests.Issuing;

/// <summary>Reports on the caller's thread at once (Progress&lt;T&gt; posts to the thread pool, so its reports can arrive late).</summary>
internal sealed class SyncProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
