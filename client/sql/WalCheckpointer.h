#pragma once

namespace empathy {

class SqliteDatabase;

// Moves the checkpoints of a connection in WAL mode (copying the write-ahead log back into the database
// file, with its writes and fsyncs) to a thread of its own, for as long as the connection is open.
//
// SQLite runs a checkpoint inside the commit that takes the log past its limit, on the thread that
// committed: for the desk that is the thread that stores sync pages and paints, and a checkpoint is
// tens of milliseconds of writing (a fifth of the cache's time in an initial sync). Here the commit only
// asks; a second connection on another thread checkpoints passively (never blocking the writer or
// readers), as SQLite's documentation suggests for applications that care about commit latency
// (https://sqlite.org/wal.html#application_initiated_checkpoints).
//
// After this call, SQLite's own automatic checkpoints are replaced: the thread checkpoints when a commit
// leaves the log at logPages or more. While commits follow each other without a
// pause (an initial sync), those checkpoints copy most of the log but never all of it, and the log only
// starts over once all of it is copied: at eight times logPages the writer checkpoints once itself (most
// of the log is copied already), so the log stays bounded.
void checkpointInBackground(SqliteDatabase &db, int logPages = 1000);

} // namespace empathy
