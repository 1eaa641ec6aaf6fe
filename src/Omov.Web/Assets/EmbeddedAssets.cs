using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Omov.Web.Assets;

/// <summary>
/// Serves the few static files (the style sheet) from resources embedded in this assembly under
/// <c>/assets/NAME</c>, so <c>omov serve</c> runs from any folder with nothing else to ship.
/// </summary>
internal static class EmbeddedAssets
{
    private static readonly Dictionary<string, string> s_types = new(StringComparer.OrdinalIgnoreCase)
    {
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".svg"] = "image/svg+xml",
    };

    public static void MapEmbeddedAssets(this IEndpointRouteBuilder endpoints)
    {
        var assembly = typeof(EmbeddedAssets).Assembly;
        var files = assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith("Omov.Web.Assets.", StringComparison.Ordinal) && s_types.ContainsKey(Path.GetExtension(name)))
            .ToDictionary(name => name["Omov.Web.Assets.".Length..], name => Read(assembly, name), StringComparer.OrdinalIgnoreCase);
        endpoints.MapGet("/assets/{name}", (string name, HttpContext context) =>
        {
            if (!files.TryGetValue(name, out var bytes))
            {
                return Results.NotFound();
            }

            context.Response.Headers.CacheControl = "public, max-age=3600";
            return Results.Bytes(bytes, s_types[Path.GetExtension(name)]);
        }).AllowAnonymous();
    }

    private static byte[] Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
