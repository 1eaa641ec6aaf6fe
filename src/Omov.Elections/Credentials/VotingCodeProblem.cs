namespace Omov.Elections.Credentials;

/// <summary>Why typed text is not a voting code.</summary>
public enum VotingCodeProblem
{
    /// <summary>It is one.</summary>
    None,

    /// <summary>Nothing was entered.</summary>
    Empty,

    /// <summary>Too few or too many characters.</summary>
    WrongLength,

    /// <summary>A character that is not a letter or digit used in codes.</summary>
    InvalidCharacter,

    /// <summary>The check characters do not match: a character is wrong or two are swapped.</summary>
    CheckFailed,
}
