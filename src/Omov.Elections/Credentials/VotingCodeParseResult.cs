using System.Diagnostics.CodeAnalysis;

namespace Omov.Elections.Credentials;

/// <summary>A voting code read from what a member typed, or why it is not one (a message fit to show them).</summary>
public sealed class VotingCodeParseResult
{
    private VotingCodeParseResult(VotingCode? code, VotingCodeProblem problem, string? error)
    {
        Code = code;
        Problem = problem;
        Error = error;
    }

    /// <summary>The code, when it was one.</summary>
    public VotingCode? Code { get; }

    /// <summary>What was wrong (<see cref="VotingCodeProblem.None"/> when nothing).</summary>
    public VotingCodeProblem Problem { get; }

    /// <summary>The message for the member.</summary>
    public string? Error { get; }

    /// <summary>Whether it was a well-formed code (whether it is anyone's is for the lookup to say).</summary>
    [MemberNotNullWhen(true, nameof(Code))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Success => Code is not null;

    internal static VotingCodeParseResult Ok(VotingCode code) => new(code, VotingCodeProblem.None, null);

    internal static VotingCodeParseResult Fail(VotingCodeProblem problem, string error) => new(null, problem, error);
}
