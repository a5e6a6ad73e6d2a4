using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Storage.Migrations.Postgres
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
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "author_names",
                table: "articles",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "has_suspicion",
                table: "articles",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "human_edited",
                table: "articles",
                type: "boolean",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_articles_published_local",
                table: "articles",
                column: "published_local");

            // Rows stored before these columns existed: fill them from the JSON every row already holds.
            migrationBuilder.Sql("""
                UPDATE articles SET
                    author_names = (SELECT string_agg(a->>'name', E'\n') FROM jsonb_array_elements(document_json::jsonb->'authors') a),
                    human_edited = (provenance_json::jsonb->>'humanEdited')::boolean,
                    has_suspicion = (provenance_json::jsonb->'suspicion') IS NOT NULL,
                    ai_act_status = provenance_json::jsonb->'aiAct'->>'status';
                """);

            // Full text over headline and body: a generated tsvector ('simple': no stemming, no stop words, so the same
            // words match as in the embedded store's FTS5 table) with a GIN index. Kept out of the EF model on purpose.
            migrationBuilder.Sql("""
                ALTER TABLE articles ADD COLUMN search_vector tsvector
                    GENERATED ALWAYS AS (to_tsvector('simple', coalesce(headline, '') || ' ' || body)) STORED;
                CREATE INDEX ix_articles_search_vector ON articles USING GIN (search_vector);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX IF EXISTS ix_articles_search_vector; ALTER TABLE articles DROP COLUMN IF EXISTS search_vector;");

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
