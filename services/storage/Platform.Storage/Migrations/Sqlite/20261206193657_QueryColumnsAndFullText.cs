using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class QueryColumnsAndFullText : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ai_act_status",
                table: "articles",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "author_names",
                table: "articles",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "has_suspicion",
                table: "articles",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "human_edited",
                table: "articles",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_articles_published_local",
                table: "articles",
                column: "published_local");

            // Rows stored before these columns existed: fill them from the JSON every row already holds.
            migrationBuilder.Sql("""
                UPDATE articles SET
                    author_names = (SELECT group_concat(json_extract(a.value, '$.name'), char(10)) FROM json_each(document_json, '$.authors') a),
                    human_edited = json_extract(provenance_json, '$.humanEdited'),
                    has_suspicion = json_type(provenance_json, '$.suspicion') IS NOT NULL,
                    ai_act_status = json_extract(provenance_json, '$.aiAct.status');
                """);

            // Full text over headline and body: an external-content FTS5 table kept in step by triggers (unicode61: no
            // stemming, no stop words, as PostgreSQL's 'simple' configuration), filled from the rows already stored.
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE articles_fts USING fts5(headline, body, content='articles', content_rowid='rowid', tokenize='unicode61 remove_diacritics 0');
                CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
                    INSERT INTO articles_fts(rowid, headline, body) VALUES (new.rowid, new.headline, new.body);
                END;
                CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
                    INSERT INTO articles_fts(articles_fts, rowid, headline, body) VALUES ('delete', old.rowid, old.headline, old.body);
                END;
                CREATE TRIGGER articles_fts_update AFTER UPDATE ON articles BEGIN
                    INSERT INTO articles_fts(articles_fts, rowid, headline, body) VALUES ('delete', old.rowid, old.headline, old.body);
                    INSERT INTO articles_fts(rowid, headline, body) VALUES (new.rowid, new.headline, new.body);
                END;
                INSERT INTO articles_fts(articles_fts) VALUES ('rebuild');
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS articles_fts_insert; DROP TRIGGER IF EXISTS articles_fts_delete;
                DROP TRIGGER IF EXISTS articles_fts_update; DROP TABLE IF EXISTS articles_fts;
                """);

            migrationBuilder.DropIndex(
                name: "IX_articles_published_local",
                table: "articles");

            migrationBuilder.DropColumn(
                name: "ai_act_status",
                table: "articles");

            migrationBuilder.DropColumn(
                name: "author_names",
                table: "articles");

            migrationBuilder.DropColumn(
                name: "has_suspicion",
                table: "articles");

            migrationBuilder.DropColumn(
                name: "human_edited",
                table: "articles");
        }
    }
}
