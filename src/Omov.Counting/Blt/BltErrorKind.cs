namespace Omov.Counting.Blt;

/// <summary>The kinds of problem a BLT file can have (the labels of <c>blt-quirks/README.md</c>).</summary>
public enum BltErrorKind
{
    /// <summary>The file has no content at all.</summary>
    EmptyFile,

    /// <summary>The first line is not <c>&lt;candidates&gt; &lt;seats&gt;</c> with 1 ≤ seats ≤ candidates.</summary>
    BadHeader,

    /// <summary>A number is too large to be a candidate count, weight or candidate number.</summary>
    NumberTooLarge,

    /// <summary>The file ends inside the ballots or before the names.</summary>
    UnexpectedEndOfFile,

    /// <summary>A ballot names a candidate number outside 1..candidates.</summary>
    CandidateOutOfRange,

    /// <summary>A ballot weight is zero or negative.</summary>
    NegativeWeight,

    /// <summary>A ballot line lacks its closing 0, or the 0 line that ends the ballots is missing.</summary>
    MissingEndOfBallots,

    /// <summary>The file holds bytes that are not valid UTF-8 text, or characters where a number belongs.</summary>
    InvalidBytes,

    /// <summary>There are fewer name lines than candidates.</summary>
    MissingCandidateNames,

    /// <summary>Something else is malformed (the message says what).</summary>
    Malformed,
}
