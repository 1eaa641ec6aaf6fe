namespace Omov.Elections.Secrecy.Keys;

/// <summary>Which check stopped the box from opening.</summary>
public enum BoxOpeningFailure
{
    /// <summary>It opened.</summary>
    None,

    /// <summary>A share belongs to another election key.</summary>
    ShareForAnotherKey,

    /// <summary>A share's number, share count or threshold does not match the ceremony record.</summary>
    ShareNotFromThisCeremony,

    /// <summary>The same share was given twice.</summary>
    DuplicateShare,

    /// <summary>Fewer than k distinct shares.</summary>
    NotEnoughShares,

    /// <summary>A share's value does not match the verification key the ceremony recorded for it.</summary>
    ShareDoesNotMatchVerificationKey,

    /// <summary>The shares combined to a key other than the election key.</summary>
    CombinedKeyMismatch,
}
