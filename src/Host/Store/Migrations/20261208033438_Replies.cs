using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Connectors.Host.Store.Migrations
{
    /// <summary>replies: answers to feedback items, written by operators or drafted by routes, posted through the outbox.</summary>
    public partial class Replies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "replies",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    feedback_key = table.Column<string>(type: "TEXT", nullable: false),
                    connector = table.Column<string>(type: "TEXT", nullable: false),
                    text = table.Column<string>(type: "TEXT", nullable: true),
                    content_key = table.Column<string>(type: "TEXT", nullable: false),
                    origin = table.Column<string>(type: "TEXT", nullable: false),
                    route = table.Column<string>(type: "TEXT", nullable: true),
                    status = table.Column<string>(type: "TEXT", nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    approved_at = table.Column<long>(type: "INTEGER", nullable: true),
                    posted_at = table.Column<long>(type: "INTEGER", nullable: true),
                    channel_reply_id = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_replies", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_replies_feedback_key_content_key",
                table: "replies",
                columns: new[] { "feedback_key", "content_key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_replies_status",
                table: "replies",
                column: "status");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "replies");
        }
    }
}
