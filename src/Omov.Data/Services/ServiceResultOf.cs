namespace Omov.Data.Services;

/// <summary>Makes <see cref="ServiceResult{T}"/> values.</summary>
public static class ServiceResult
{
    /// <summary>A success.</summary>
    public static ServiceResult<T> Ok<T>(T value)
        where T : class => new(value ?? throw new ArgumentNullException(nameof(value)), null, null);

    /// <summary>A failure with its message.</summary>
    public static ServiceResult<T> Fail<T>(ServiceFailure failure, string error)
        where T : class => new(null, failure, error);
}
