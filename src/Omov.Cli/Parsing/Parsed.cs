using System.Diagnostics.CodeAnalysis;

namespace Omov.Cli.Parsing;

/// <summary>A value read from the command line, or why it could not be read (bad input is not an exception).</summary>
internal readonly record struct Parsed<T>
{
    private Parsed(T? value, string? error)
    {
        Value = value;
        Error = error;
    }

    public T? Value { get; }

    public string? Error { get; }

    [MemberNotNullWhen(false, nameof(Error))]
    [MemberNotNullWhen(true, nameof(Value))]
    public bool Success => Error is null;

    public static Parsed<T> Ok(T value) => new(value, null);

    public static Parsed<T> Fail(string error) => new(default, error);
}
