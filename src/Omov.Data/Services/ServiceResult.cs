using System.Diagnostics.CodeAnalysis;

namespace Omov.Data.Services;

/// <summary>What a service did, or why not in one sentence fit to show staff (never personal data beyond a membership number).</summary>
/// <typeparam name="T">The value on success.</typeparam>
public sealed class ServiceResult<T>
    where T : class
{
    internal ServiceResult(T? value, ServiceFailure? failure, string? error)
    {
        Value = value;
        Failure = failure;
        Error = error;
    }

    /// <summary>The value, on success.</summary>
    public T? Value { get; }

    /// <summary>The kind of failure, if any.</summary>
    public ServiceFailure? Failure { get; }

    /// <summary>The message, if it failed.</summary>
    public string? Error { get; }

    /// <summary>Whether it succeeded.</summary>
    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Error), nameof(Failure))]
    public bool Success => Value is not null;
}
