namespace Platform.Storage.Persistence;

/// <summary>The database behind the article store.</summary>
public enum StorageProvider
{
    /// <summary>An embedded SQLite file, for the one-process run (e.g. <c>./platform-data/platform.db</c>).</summary>
    Sqlite,
    /// <summary>A PostgreSQL server, for the distributed run.</summary>
    Postgres,
}
