namespace Omov.Delivery.Email;

/// <summary>
/// Paces sends to a rate: a bucket holding at most one second's worth of tokens, refilled
/// continuously; each send takes one, waiting for it when the bucket is empty.
/// </summary>
internal sealed class TokenBucket
{
    private readonly double _rate;
    private readonly double _capacity;
    private readonly TimeProvider _time;
    private double _tokens;
    private long _last;

    public TokenBucket(double messagesPerSecond, TimeProvider time)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(messagesPerSecond);
        _rate = messagesPerSecond;
        _capacity = Math.Max(1, messagesPerSecond);
        _time = time;
        _tokens = 1;
        _last = time.GetTimestamp();
    }

    public async Task TakeAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var now = _time.GetTimestamp();
            _tokens = Math.Min(_capacity, _tokens + (_time.GetElapsedTime(_last, now).TotalSeconds * _rate));
            _last = now;
            if (_tokens >= 1)
            {
                _tokens -= 1;
                return;
            }

            await Task.Delay(TimeSpan.FromSeconds((1 - _tokens) / _rate), _time, cancellationToken).ConfigureAwait(false);
        }
    }
}
