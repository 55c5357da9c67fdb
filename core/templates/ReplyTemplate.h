#pragma once

#include "domain/Language.h"

#include <QList>
#include <QString>

namespace empathy {

// One template of the reply library: a name agents pick it by, its language and its text in the
// MessageTemplate language ({{customer.first_name}}, {{#if order.id}} … {{/if}}).
struct ReplyTemplate
{
    qint64 id = 0; // in the cache; 0 before it is saved
    Language language = Language::English;
    QString name;
    QString body;
    bool builtIn = false; // shipped with Empathy Desk (agents may edit it; it is not added again)
    // What Empathy Desk uses it for, if anything: apology_formal, apology_warm (the Apologise button, in
    // the customer's preferred tone), compensation (the message after one). Empty for the others.
    QString purpose;
};

inline const QString apologyFormalPurpose = QStringLiteral("apology_formal");
inline const QString apologyWarmPurpose = QStringLiteral("apology_warm");
inline const QString compensationPurpose = QStringLiteral("compensation");

// The library Empathy Desk ships (core/templates/library.tsv: language, name, text with "\n" for new
// lines). Every template in it parses without errors (tests check).
QList<ReplyTemplate> builtInTemplates();
// Lines `language<TAB>name<TAB>text[<TAB>purpose]`; nothing and *error ("line 4: …") for a malformed line.
QList<ReplyTemplate> parseTemplateLibrary(const QString &text, QString *error);

} // namespace empathy
