namespace Omov.Data.Results;

/// <summary>A share file waiting on the server for the scrutineer who holds it.</summary>
/// <param name="Index">The share's number.</param>
/// <param name="HolderUsername">The staff account that may download it, once.</param>
/// <param name="ShareFileText">The file, locked by the scrutineer's passphrase.</param>
public sealed record ShareHandover(int Index, string HolderUsername, string ShareFileText);
