#include "code/AsyncCodeHighlighter.h"

#include "code/CodeHighlighter.h"

#include <QCryptographicHash>
#include <QMetaObject>
#include <QMutexLocker>

namespace empathy {

AsyncCodeHighlighter::AsyncCodeHighlighter(std::unique_ptr<CodeHighlighter> backend, QObject *parent)
    : QObject(parent)
    , m_backend(std::move(backend))
{
    m_pool.setMaxThreadCount(1); // a second highlighter process would only compete with the GUI
}

AsyncCodeHighlighter::~AsyncCodeHighlighter()
{
    m_pool.clear();
    m_pool.waitForDone();
}

QString AsyncCodeHighlighter::backendName() const
{
    return m_backend ? m_backend->backend() : QString();
}

QString AsyncCodeHighlighter::keyOf(const QString &code, const QString &syntax, const QString &theme)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(syntax.toUtf8());
    hash.addData(QByteArrayView("\0", 1));
    hash.addData(theme.toUtf8());
    hash.addData(QByteArrayView("\0", 1));
    hash.addData(code.toUtf8());
    return QString::fromLatin1(hash.result().toHex());
}

QString AsyncCodeHighlighter::cached(const QString &code, const QString &syntax, const QString &theme)
{
    const QString key = keyOf(code, syntax, theme);
    QMutexLocker lock(&m_mutex);
    if (const QString *html = m_results.object(key))
        return *html;
    if (!m_backend || m_pending.contains(key) || m_failed.contains(key))
        return {};
    m_pending.insert(key);
    m_pool.start([this, key, code, syntax, theme] {
        const std::optional<QString> html = m_backend->highlight(code, syntax, theme);
        {
            QMutexLocker guard(&m_mutex);
            ++m_runs;
            m_pending.remove(key);
            if (html)
                m_results.insert(key, new QString(*html), std::max<qsizetype>(1, html->size()));
            else
                m_failed.insert(key);
        }
        if (html)
            QMetaObject::invokeMethod(this, &AsyncCodeHighlighter::ready, Qt::QueuedConnection);
    });
    return {};
}

void AsyncCodeHighlighter::waitForDone()
{
    m_pool.waitForDone();
}

int AsyncCodeHighlighter::highlightedCount() const
{
    QMutexLocker lock(&m_mutex);
    return m_runs;
}

} // namespace empathy
