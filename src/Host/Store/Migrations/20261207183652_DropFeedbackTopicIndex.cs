using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Connectors.Host.Store.Migrations
{
    /// <summary>
    /// feedback_topics loses its index on the topic: every query reaches an item's topics through the item's key, so the
    /// index only cost each enriched item a random write.
    /// </summary>
    public partial class DropFeedbackTopicIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_feedback_topics_topic",
                table: "feedback_topics");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_feedback_topics_topic",
                table: "feedback_topics",
                column: "topic");
        }
    }
}
