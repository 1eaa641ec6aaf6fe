using Omov.Elections.Staff;

namespace Omov.Data.Demo;

/// <summary>A staff account the demo made, with the sign-in it prints (a demonstration only ever runs on a throwaway database).</summary>
public sealed record DemoStaffAccount(string Username, StaffRole Role, string Password, string TotpSecret);
