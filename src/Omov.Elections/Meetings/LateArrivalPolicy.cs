namespace Omov.Elections.Meetings;

/// <summary>What the door does with a member who arrives after the doors close.</summary>
public enum LateArrivalPolicy
{
    /// <summary>Not admitted (the 2016 rules: "no late entry" once statements have been read, labour-rules §6.2).</summary>
    Refuse,

    /// <summary>Admitted, and flagged as late in the attendance and the minutes.</summary>
    AdmitAndFlag,
}
