#include "cache/InboxRowSql.h"

#include "sql/SqliteStatement.h"

#include <algorithm>

namespace empathy {

const char *const inboxRowColumns =
    "SELECT c.id, c.customer_id, u.display_name, c.channel, c.status, "
    "c.priority, c.assignee_id, a.display_name, "
    "c.language, c.subject, c.last_preview, c.last_direction, c.created_at, "
    "c.last_message_at, c.waiting_since, "
    "c.first_response_due, c.resolution_due, c.unread_count, c.message_count, "
    "c.mood, c.mood_trend, c.mood_intensity "
    "FROM conversations c JOIN customers u ON u.id = c.customer_id LEFT JOIN "
    "agents a ON a.id = c.assignee_id ";

InboxRow readInboxRow(const SqliteStatement &s)
{
    InboxRow row;
    row.id = ConversationId(s.int64(0));
    row.customer = CustomerId(s.int64(1));
    row.customerName = s.text(2);
    row.channel = Channel(s.int32(3));
    row.status = ConversationStatus(s.int32(4));
    row.priority = Priority(s.int32(5));
    row.assignee = AgentId(s.int64(6));
    row.assigneeName = s.text(7);
    row.language = languageFromCode(s.text(8));
    row.subject = s.text(9);
    row.preview = s.text(10);
    row.lastDirection = Direction(s.int32(11));
    row.createdAt = s.int64(12);
    row.lastMessageAt = s.int64(13);
    row.waitingSince = s.int64(14);
    row.firstResponseDue = s.int64(15);
    row.resolutionDue = s.int64(16);
    row.unreadCount = s.int32(17);
    row.messageCount = s.int32(18);
    if (!s.isNull(19))
        row.mood = s.real(19);
    row.moodTrend = MoodTrend(std::clamp(s.int32(20), -1, 1));
    row.moodIntensity = s.real(21);
    return row;
}

} // namespace empathy
