namespace Omov.Elections.Staff;

/// <summary>Why a TOTP code was refused.</summary>
public enum TotpFailure
{
    /// <summary>Not six digits.</summary>
    Malformed,

    /// <summary>Six digits, but not the code for now (nor the 30 seconds either side).</summary>
    Wrong,

    /// <summary>The right code, but its time step was already used: a code works once.</summary>
    Replayed,
}
