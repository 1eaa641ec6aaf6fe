namespace Omov.Web.Tests.Results;

/// <summary>A folder for a test's downloads, deleted afterwards.</summary>
internal sealed class TempFiles : IDisposable
{
    private readonly string _path = Directory.CreateTempSubdirectory("omov-web-files-").FullName;

    public string File(string name) => Path.Combine(_path, name);

    public void Dispose() => Directory.Delete(_path, recursive: true);
}
