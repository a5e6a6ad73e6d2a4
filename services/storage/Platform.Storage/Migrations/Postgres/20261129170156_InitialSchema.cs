using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class InitialSchema : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "articles",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    submission_id = table.Column<string>(type: "text", nullable: false),
                    headline = table.Column<string>(type: "text", nullable: true),
                    outlet = table.Column<string>(type: "text", nullable: true),
                    url = table.Column<string>(type: "text", nullable: true),
                    format = table.Column<string>(type: "text", nullable: false),
                    encoding = table.Column<string>(type: "text", nullable: false),
                    language = table.Column<string>(type: "text", nullable: true),
                    published_utc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    published_offset_minutes = table.Column<int>(type: "integer", nullable: true),
                    published_offset_source = table.Column<string>(type: "text", nullable: true),
                    published_raw = table.Column<string>(type: "text", nullable: true),
                    published_local = table.Column<string>(type: "text", nullable: true),
                    is_translation = table.Column<bool>(type: "boolean", nullable: true),
                    source_publication = table.Column<string>(type: "text", nullable: true),
                    source_language = table.Column<string>(type: "text", nullable: true),
                    translation_method = table.Column<string>(type: "text", nullable: true),
                    language_tag = table.Column<string>(type: "text", nullable: true),
                    body = table.Column<string>(type: "text", nullable: false),
                    document_json = table.Column<string>(type: "text", nullable: false),
                    provenance_json = table.Column<string>(type: "text", nullable: false),
                    extraction_json = table.Column<string>(type: "text", nullable: false),
                    stored_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_articles", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "submissions",
                columns: table => new
                {
                    correlation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    submission_id = table.Column<string>(type: "text", nullable: false),
                    file_name = table.Column<string>(type: "text", nullable: true),
                    status = table.Column<string>(type: "text", nullable: false),
                    article_id = table.Column<Guid>(type: "uuid", nullable: true),
                    stage = table.Column<string>(type: "text", nullable: true),
                    reason = table.Column<string>(type: "text", nullable: true),
                    detail = table.Column<string>(type: "text", nullable: true),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_submissions", x => x.correlation_id);
                });

            migrationBuilder.CreateTable(
                name: "article_entities",
                columns: table => new
                {
                    article_id = table.Column<Guid>(type: "uuid", nullable: false),
                    ordinal = table.Column<int>(type: "integer", nullable: false),
                    entity_id = table.Column<string>(type: "text", nullable: false),
                    type = table.Column<string>(type: "text", nullable: false),
                    canonical = table.Column<string>(type: "text", nullable: false),
                    role = table.Column<string>(type: "text", nullable: true),
                    text = table.Column<string>(type: "text", nullable: true),
                    start = table.Column<int>(type: "integer", nullable: true),
                    end = table.Column<int>(type: "integer", nullable: true),
                    mention_kind = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_article_entities", x => new { x.article_id, x.ordinal });
                    table.ForeignKey(
                        name: "FK_article_entities_articles_article_id",
                        column: x => x.article_id,
                        principalTable: "articles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "article_quotes",
                columns: table => new
                {
                    article_id = table.Column<Guid>(type: "uuid", nullable: false),
                    ordinal = table.Column<int>(type: "integer", nullable: false),
                    speaker = table.Column<string>(type: "text", nullable: true),
                    text = table.Column<string>(type: "text", nullable: false),
                    start = table.Column<int>(type: "integer", nullable: false),
                    end = table.Column<int>(type: "integer", nullable: false),
                    verb = table.Column<string>(type: "text", nullable: true),
                    confidence = table.Column<double>(type: "double precision", nullable: false),
                    translated = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_article_quotes", x => new { x.article_id, x.ordinal });
                    table.ForeignKey(
                        name: "FK_article_quotes_articles_article_id",
                        column: x => x.article_id,
                        principalTable: "articles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_article_entities_type_canonical",
                table: "article_entities",
                columns: new[] { "type", "canonical" });

            migrationBuilder.CreateIndex(
                name: "IX_articles_published_utc",
                table: "articles",
                column: "published_utc");

            migrationBuilder.CreateIndex(
                name: "IX_articles_source_language",
                table: "articles",
                column: "source_language");

            migrationBuilder.CreateIndex(
                name: "IX_articles_submission_id",
                table: "articles",
                column: "submission_id");

            migrationBuilder.CreateIndex(
                name: "IX_submissions_article_id",
                table: "submissions",
                column: "article_id");

            migrationBuilder.CreateIndex(
                name: "IX_submissions_submission_id",
                table: "submissions",
                column: "submission_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "article_entities");

            migrationBuilder.DropTable(
                name: "article_quotes");

            migrationBuilder.DropTable(
                name: "submissions");

            migrationBuilder.DropTable(
                name: "articles");
        }
    }
}
