namespace Omov.Delivery.Reissue;

/// <summary>What came of a staff reissue.</summary>
public enum StaffReissueOutcome
{
    /// <summary>The new code is on its way; the old one is revoked.</summary>
    Reissued,

    /// <summary>No reason was given (the audit entry needs one).</summary>
    ReasonMissing,

    /// <summary>No member has that number.</summary>
    NoSuchMember,

    /// <summary>The member holds no ballot in the event.</summary>
    NotAVoter,

    /// <summary>The member has voted: their vote stands and no code is issued.</summary>
    AlreadyVoted,

    /// <summary>The chosen channel's window is shut (or the event is not open).</summary>
    WindowClosed,

    /// <summary>Email chosen, but there is no email address on file.</summary>
    NoEmailOnFile,

    /// <summary>Post chosen, but there is no postal address on file.</summary>
    NoAddressOnFile,
}
