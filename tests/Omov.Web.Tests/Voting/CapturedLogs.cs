using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Omov.Web.Tests.Voting;

/// <summary>Every log message the server writes (at whatever level its filters let through), to check that no voting code is among them.</summary>
internal sealed class CapturedLogs : ILoggerProvider
{
    public ConcurrentQueue<string> Messages { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(CapturedLogs owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            owner.Messages.Enqueue(category + ": " + formatter(state, exception) + " " + exception);
    }
}
