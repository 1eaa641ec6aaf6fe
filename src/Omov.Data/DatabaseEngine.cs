namespace Omov.Data;

/// <summary>The database engines Omov stores its data in.</summary>
public enum DatabaseEngine
{
    /// <summary>SQLite: the embedded default, one file in WAL mode.</summary>
    Sqlite,

    /// <summary>PostgreSQL: the production engine.</summary>
    Postgres,
}
