#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace empathy {

// One HTTP request as a route's handler sees it, once the edge has checked it against the limits.
struct HttpRequest
{
    QByteArray method;
    QString path;
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers; // names in lower case
    QHostAddress source;
    QByteArray body;  // routes that take a message
    QString bodyFile; // routes that take a file: where its body was streamed; the edge removes it after
                      // the handler, so a handler that keeps it moves it away
    qint64 bodyBytes = 0;

    QByteArray header(const QByteArray &lowerName) const
    {
        for (const auto &[name, value] : headers) {
            if (name == lowerName)
                return value;
        }
        return {};
    }
};

// What a handler answers.
struct HttpAnswer
{
    int status = 200;
    QByteArray contentType = "text/plain; charset=utf-8";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    static HttpAnswer text(int status, const QString &message)
    {
        return {status, "text/plain; charset=utf-8", message.toUtf8() + '\n', {}};
    }
};

} // namespace empathy
