using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Platform.Storage.Persistence;

/// <summary>
/// <c>INSERT ... ON CONFLICT (primary key) DO NOTHING</c> for one row, built from the EF model so table, column names and
/// value conversions (e.g. SQLite's text GUIDs and UTC strings) match what EF itself writes. Both SQLite (3.24+) and
/// PostgreSQL speak this syntax. Returns the number of rows inserted: 1 when new, 0 when the key already existed.
/// </summary>
internal static class InsertIgnoringConflict
{
    public static async Task<int> ExecuteAsync<TRow>(DbContext db, TRow row, CancellationToken ct)
        where TRow : class
    {
        var entityType = db.Model.FindEntityType(typeof(TRow))
            ?? throw new InvalidOperationException($"{typeof(TRow).Name} is not part of the model.");
        var table = entityType.GetTableName()
            ?? throw new InvalidOperationException($"{typeof(TRow).Name} is not mapped to a table.");
        var storeObject = StoreObjectIdentifier.Table(table, entityType.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        var properties = entityType.GetProperties().ToList();
        var keyColumns = entityType.FindPrimaryKey()!.Properties.Select(p => sql.DelimitIdentifier(p.GetColumnName(storeObject)!));

        using var command = db.Database.GetDbConnection().CreateCommand();
        var columns = new List<string>(properties.Count);
        var placeholders = new List<string>(properties.Count);
        var parameters = new List<DbParameter>(properties.Count);
        for (var i = 0; i < properties.Count; i++)
        {
            var property = properties[i];
            var name = "p" + i;
            var mapping = property.GetRelationalTypeMapping();
            var value = property.PropertyInfo!.GetValue(row);
            columns.Add(sql.DelimitIdentifier(property.GetColumnName(storeObject)!));
            placeholders.Add(sql.GenerateParameterNamePlaceholder(name));
            parameters.Add(mapping.CreateParameter(command, sql.GenerateParameterName(name), value, property.IsNullable));
        }

        var statement =
            $"INSERT INTO {sql.DelimitIdentifier(table, entityType.GetSchema())} ({string.Join(", ", columns)}) " +
            $"VALUES ({string.Join(", ", placeholders)}) ON CONFLICT ({string.Join(", ", keyColumns)}) DO NOTHING";
        return await db.Database.ExecuteSqlRawAsync(statement, parameters, ct);
    }
}
