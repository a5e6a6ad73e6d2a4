using Microsoft.Data.Sqlite;

namespace Platform.Storage.Tests.Sqlite;

/// <summary>A private temp folder for one test's SQLite file, removed afterwards.</summary>
public sealed class TempSqliteDatabase : IDisposable
{
    public TempSqliteDatabase()
    {
        Folder = Path.Combine(Path.GetTempPath(), "platform-storage-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        FilePath = Path.Combine(Folder, "platform.db");
    }

    public string Folder { get; }

    public string FilePath { get; }

    /// <summary>Without pooling, so no handle outlives the test and the file can be deleted.</summary>
    public string ConnectionString => new SqliteConnectionStringBuilder { DataSource = FilePath, Pooling = false }.ToString();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
