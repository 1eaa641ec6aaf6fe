using Omov.Elections.Register;

namespace Omov.Data;

/// <summary>
/// The text forms of register enums, as stored in the database and written in CSV files. They are
/// spelled out here rather than taken from <c>ToString()</c> so that renaming an enum member never
/// changes stored data.
/// </summary>
public static class RegisterCodes
{
    public static string Of(OrganisationUnitKind kind) => kind switch
    {
        OrganisationUnitKind.Nation => "nation",
        OrganisationUnitKind.Region => "region",
        OrganisationUnitKind.LocalParty => "local_party",
        OrganisationUnitKind.Branch => "branch",
        OrganisationUnitKind.Affiliate => "affiliate",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static string Of(MemberStatus status) => status switch
    {
        MemberStatus.Provisional => "provisional",
        MemberStatus.Full => "full",
        MemberStatus.Lapsed => "lapsed",
        MemberStatus.Expelled => "expelled",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    public static bool TryParseKind(string? text, out OrganisationUnitKind kind)
    {
        switch (Normalise(text))
        {
            case "nation": kind = OrganisationUnitKind.Nation; return true;
            case "region": kind = OrganisationUnitKind.Region; return true;
            case "localparty" or "clp": kind = OrganisationUnitKind.LocalParty; return true;
            case "branch" or "ward": kind = OrganisationUnitKind.Branch; return true;
            case "affiliate": kind = OrganisationUnitKind.Affiliate; return true;
            default: kind = default; return false;
        }
    }

    public static bool TryParseStatus(string? text, out MemberStatus status)
    {
        switch (Normalise(text))
        {
            case "provisional": status = MemberStatus.Provisional; return true;
            case "full": status = MemberStatus.Full; return true;
            case "lapsed": status = MemberStatus.Lapsed; return true;
            case "expelled" or "suspended": status = MemberStatus.Expelled; return true;
            default: status = default; return false;
        }
    }

    public static OrganisationUnitKind ParseKind(string text) =>
        TryParseKind(text, out var kind) ? kind : throw new InvalidDataException($"unknown organisation unit kind '{text}' in the database");

    public static MemberStatus ParseStatus(string text) =>
        TryParseStatus(text, out var status) ? status : throw new InvalidDataException($"unknown member status '{text}' in the database");

    private static string Normalise(string? text) =>
        (text ?? string.Empty).Trim().Replace("_", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
}
