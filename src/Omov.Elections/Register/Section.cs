namespace Omov.Elections.Register;

/// <summary>Self-identified sections a member may declare; each declaration carries its date.</summary>
public enum Section
{
    /// <summary>Women members.</summary>
    Women,

    /// <summary>Black, Asian and minority ethnic members.</summary>
    Bame,

    /// <summary>Disabled members.</summary>
    Disabled,

    /// <summary>LGBT+ members (self-policed).</summary>
    LgbtPlus,
}
