#pragma once

#include <QCache>
#include <QHash>
#include <QMutex>
#include <QObject>
#include <QSet>
#include <QThreadPool>

#include <memory>

namespace empathy {

class CodeHighlighter;

// Highlights code off the GUI thread and remembers the results: cached() answers at once (a hit, or
// nothing and a request queued on a worker thread), and ready() says when a result arrived, so the
// view can render again. Same code, syntax and theme are highlighted once.
class AsyncCodeHighlighter : public QObject
{
    Q_OBJECT

public:
    // `backend` may be null (nothing installed): every request then fails at once, quietly.
    explicit AsyncCodeHighlighter(std::unique_ptr<CodeHighlighter> backend, QObject *parent = nullptr);
    ~AsyncCodeHighlighter() override;

    QString backendName() const;
    // The highlighted HTML if known; otherwise a null string, and the work is queued unless it already
    // failed for this code (then the view keeps the plain block).
    QString cached(const QString &code, const QString &syntax, const QString &theme);
    // Waits for queued work (tests, shutdown).
    void waitForDone();
    int highlightedCount() const; // how many times the backend ran, for tests

signals:
    void ready();

private:
    static QString keyOf(const QString &code, const QString &syntax, const QString &theme);

    std::unique_ptr<CodeHighlighter> m_backend;
    QThreadPool m_pool;
    mutable QMutex m_mutex;
    QCache<QString, QString> m_results{4 * 1024 * 1024}; // cost: characters of HTML
    QSet<QString> m_pending;
    QSet<QString> m_failed;
    int m_runs = 0;
};

} // namespace empathy
