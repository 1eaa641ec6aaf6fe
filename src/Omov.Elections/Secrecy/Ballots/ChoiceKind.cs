namespace Omov.Elections.Secrecy.Ballots;

/// <summary>What a voter did in one contest. The values are the byte written in the plaintext.</summary>
public enum ChoiceKind : byte
{
    /// <summary>Left the contest blank (no preference).</summary>
    Blank = 0,

    /// <summary>Spoilt: a postal paper the scrutineers could not read as a valid vote.</summary>
    Spoilt = 1,

    /// <summary>Candidates in order of preference (AV, STV).</summary>
    Ranking = 2,

    /// <summary>A set of candidates, unordered (FPTP: one; block vote: up to the seats).</summary>
    Selection = 3,
}
