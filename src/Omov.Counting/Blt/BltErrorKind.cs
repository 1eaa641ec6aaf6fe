namespace Omov.Counting.Blt;

/// <summary>The kinds of problem a BLT file can have (the labels of <c>blt-quirks/README.md</c>).</summary>
public enum BltErrorKind
{
    /// <summary>The file has no content at all.</summary>
    EmptyFile,

    /// <summary>The first line is not <c>&lt;candidates&gt; &lt;seats&gt;</c> with 1 ≤ seats ≤ candidates.</summary>
    BadHeader,

    /// <summary>A number is beyond the reader's limits: more candidates than <see cref="BltReader.MaxCandidates"/>, a weight above <see cref="BltReader.MaxWeightPerLine"/>, or ballots adding up to more than <see cref="BltReader.MaxTotalWeight"/>.</summary>
    NumberTooLarge,

    /// <summary>The file ends inside the ballots or before the names.</summary>
    UnexpectedEndOfFile,

    /// <summary>A ballot names a candidate number outside 1..candidates.</summary>
    CandidateOutOfRange,

    /// <summary>A ballot weight is zero or negative (a line holding only <c>0</c> is not a weight: it ends the ballots).</summary>
    NegativeWeight,

    /// <summary>A ballot line lacks its closing 0, or the 0 line that ends the ballots is missing.</summary>
    MissingEndOfBallots,

    /// <summary>The file holds bytes that are not valid UTF-8 text, or characters where a number belongs.</summary>
    InvalidBytes,

    /// <summary>There are fewer name lines than candidates.</summary>
    MissingCandidateNames,

    /// <summary>Something else is malformed (the message says what).</summary>
    Malformed,

    /// <summary>The file could not be opened or read at all (missing, no permission, too large); <see cref="BltError.Line"/> is 0.</summary>
    Unreadable,
}
