namespace Omov.Data.Results;

/// <summary>Whether a contest's result may be seen by the public.</summary>
public enum ResultStatus
{
    /// <summary>Counted; seen only by the returning officer.</summary>
    Provisional,

    /// <summary>Declared by the returning officer; public.</summary>
    Declared,
}
