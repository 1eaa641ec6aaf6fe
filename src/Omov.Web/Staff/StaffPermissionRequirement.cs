using Microsoft.AspNetCore.Authorization;
using Omov.Elections.Staff;

namespace Omov.Web.Staff;

/// <summary>A page needs the signed-in account to hold <see cref="Permission"/>.</summary>
internal sealed record StaffPermissionRequirement(StaffPermission Permission) : IAuthorizationRequirement;
