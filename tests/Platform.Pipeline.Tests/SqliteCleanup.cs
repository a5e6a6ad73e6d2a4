namespace Platform.Pipeline.Tests;

public static class SqliteCleanup
{
    /// <summary>Deletes a temporary folder holding a SQLite file, after pooled connections let go of it.</summary>
    public static void Delete(DirectoryInfo folder)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            folder.Delete(recursive: true);
        }
        catch (IOException)
        {
            // A file still held open is left for the OS temp cleaner; the test's assertions already ran.
        }
    }
}
