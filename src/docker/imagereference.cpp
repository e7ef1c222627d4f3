// SPDX-License-Identifier: GPL-3.0-or-later
#include "docker/imagereference.h"

#include "docker/tr.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Maestro::Docker {

// lupdate (Qt 6.4) gives tr() in a free function with a namespace-qualified return type
// ("Core::Error f()") a wrong context, so those return types are named unqualified.
using Core::Error;

using namespace Qt::StringLiterals;

namespace {
// The grammar of Docker's reference package, component by component.
const QRegularExpression &pathComponentPattern()
{
    static const QRegularExpression re(u"^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$"_s);
    return re;
}
const QRegularExpression &tagPattern()
{
    static const QRegularExpression re(u"^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$"_s);
    return re;
}
const QRegularExpression &digestPattern()
{
    static const QRegularExpression re(u"^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-fA-F0-9]{32,}$"_s);
    return re;
}
const QRegularExpression &domainPattern()
{
    static const QRegularExpression re(
        u"^(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*(?::[0-9]+)?$"_s);
    return re;
}

Error invalid(const QString &text, const QString &why)
{
    return Core::Error{Tr::tr("invalid image reference '%1': %2").arg(text, why), {}, {}};
}
} // namespace

Core::Result<ImageReference> ImageReference::parse(const QString &text)
{
    if (text.isEmpty())
        return invalid(text, Tr::tr("empty"));
    if (text.size() > 512)
        return invalid(text.left(64) + u"…"_s, Tr::tr("too long"));
    ImageReference ref;
    QString rest = text;
    const qsizetype at = rest.indexOf(u'@');
    if (at >= 0) {
        ref.m_digest = rest.mid(at + 1);
        rest.truncate(at);
        if (!digestPattern().match(ref.m_digest).hasMatch())
            return invalid(text, Tr::tr("bad digest"));
    }
    // A tag follows the last ':' only when no '/' comes after it (else it was a port).
    const qsizetype colon = rest.lastIndexOf(u':');
    if (colon >= 0 && rest.indexOf(u'/', colon) < 0) {
        ref.m_tag = rest.mid(colon + 1);
        rest.truncate(colon);
        if (!tagPattern().match(ref.m_tag).hasMatch())
            return invalid(text, Tr::tr("bad tag"));
    }
    const qsizetype slash = rest.indexOf(u'/');
    const QString first = slash < 0 ? QString() : rest.left(slash);
    if (!first.isEmpty()
        && (first.contains(u'.') || first.contains(u':') || first == u"localhost"_s
            || first != first.toLower())) {
        if (!domainPattern().match(first).hasMatch())
            return invalid(text, Tr::tr("bad registry name"));
        ref.m_domain = first;
        ref.m_path = rest.mid(slash + 1);
    } else {
        ref.m_domain = QString::fromLatin1(DefaultDomain);
        ref.m_path = rest;
    }
    if (ref.m_domain == u"index.docker.io"_s || ref.m_domain == u"registry-1.docker.io"_s)
        ref.m_domain = QString::fromLatin1(DefaultDomain);
    if (ref.m_path.isEmpty())
        return invalid(text, Tr::tr("no repository name"));
    const QStringList components = ref.m_path.split(u'/');
    for (const QString &component : components) {
        if (!pathComponentPattern().match(component).hasMatch())
            return invalid(text, Tr::tr("bad repository name component '%1'").arg(component));
    }
    if (ref.isDockerHub() && components.size() == 1)
        ref.m_path.prepend(u"library/"_s);
    if (ref.m_tag.isEmpty() && ref.m_digest.isEmpty())
        ref.m_tag = QString::fromLatin1(DefaultTag);
    return ref;
}

QString ImageReference::repository() const
{
    return m_domain + u'/' + m_path;
}

QString ImageReference::normalized() const
{
    if (!m_digest.isEmpty())
        return repository() + u'@' + m_digest;
    return repository() + u':' + m_tag;
}

QString ImageReference::familiar() const
{
    QString name = repository();
    if (isDockerHub()) {
        name = m_path;
        if (name.startsWith(u"library/"_s) && name.count(u'/') == 1)
            name = name.mid(8);
    }
    if (!m_digest.isEmpty())
        return name + u'@' + m_digest;
    return name + u':' + m_tag;
}

QString ImageReference::registryHost() const
{
    const qsizetype colon = m_domain.indexOf(u':');
    return colon < 0 ? m_domain : m_domain.left(colon);
}

} // namespace Maestro::Docker
