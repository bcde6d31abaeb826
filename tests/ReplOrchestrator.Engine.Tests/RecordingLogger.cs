using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ReplOrchestrator.Engine.Tests;

/// <summary>Keeps every log entry's event id and text, and lets a test wait for an event to be logged.</summary>
public sealed class RecordingLogger : ILogger
{
    private readonly ConcurrentQueue<(int EventId, string Message)> _entries = new();
    private readonly SemaphoreSlim _logged = new(0);

    public IReadOnlyCollection<(int EventId, string Message)> Entries => _entries;

    public int Count(int eventId) => _entries.Count(e => e.EventId == eventId);

    /// <summary>Waits (with a safety bound) until <paramref name="eventId"/> has been logged <paramref name="times"/> times.</summary>
    public async Task WaitForAsync(int eventId, int times)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (Count(eventId) < times)
        {
            await _logged.WaitAsync(timeout.Token);
        }
    }

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        _entries.Enqueue((eventId.Id, formatter(state, exception)));
        _logged.Release();
    }
}
