// SPDX-License-Identifier: GPL-3.0-or-later
#include "normalizedimage.h"

#include "grammarerror.h"

#include <QRegularExpression>

namespace Maestro::Core {

namespace {

const QString kDefaultDomain = QStringLiteral("docker.io");
constexpr qsizetype kMaxNameLength = 255;

// distribution/reference's grammar (Go RE2; \w there is ASCII only).
const QRegularExpression &referencePattern()
{
    static const QRegularExpression pattern([] {
        const QString alnum = QStringLiteral("[a-z0-9]+");
        const QString separator = QStringLiteral("(?:[._]|__|-+)");
        const QString component = alnum + QStringLiteral("(?:") + separator + alnum + QStringLiteral(")*");
        const QString domainComponent = QStringLiteral("(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])");
        const QString host = QStringLiteral("(?:") + domainComponent + QStringLiteral("(?:\\.")
                             + domainComponent + QStringLiteral(")*|\\[[a-fA-F0-9:]+\\])");
        const QString domain = host + QStringLiteral("(?::[0-9]+)?");
        const QString name = QStringLiteral("(?:(") + domain + QStringLiteral(")/)?(") + component
                             + QStringLiteral("(?:/") + component + QStringLiteral(")*)");
        const QString tag = QStringLiteral("([A-Za-z0-9_][A-Za-z0-9_.-]{0,127})");
        const QString digest = QStringLiteral(
            "([A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,})");
        return QStringLiteral("^") + name + QStringLiteral("(?::") + tag + QStringLiteral(")?(?:@")
               + digest + QStringLiteral(")?$");
    }());
    return pattern;
}

Error invalid(const QString &image, const QString &reason)
{
    return Error{GrammarTr::tr("Invalid image reference %1: %2").arg(image, reason), {}, {}};
}

// Docker knows these digest algorithms; each has a fixed hex length.
std::optional<QString> digestProblem(const QString &digest)
{
    const qsizetype colon = digest.indexOf(QLatin1Char(':'));
    const QString algorithm = digest.left(colon);
    const qsizetype hexLength = digest.size() - colon - 1;
    qsizetype expected = 0;
    if (algorithm == QLatin1String("sha256"))
        expected = 64;
    else if (algorithm == QLatin1String("sha384"))
        expected = 96;
    else if (algorithm == QLatin1String("sha512"))
        expected = 128;
    else
        return QStringLiteral("unsupported digest algorithm");
    if (hexLength != expected)
        return QStringLiteral("invalid checksum digest length");
    for (const QChar c : QStringView(digest).sliced(colon + 1)) {
        if (c.isUpper())
            return QStringLiteral("invalid checksum digest format");
    }
    return std::nullopt;
}

} // namespace

QString NormalizedImage::canonical() const
{
    QString text = domain + QLatin1Char('/') + path;
    if (!tag.isEmpty())
        text += QLatin1Char(':') + tag;
    if (!digest.isEmpty())
        text += QLatin1Char('@') + digest;
    return text;
}

QString NormalizedImage::familiar() const
{
    QString name = domain + QLatin1Char('/') + path;
    if (domain == kDefaultDomain) {
        name = path;
        const QStringList parts = path.split(QLatin1Char('/'));
        if (parts.size() == 2 && parts.first() == QLatin1String("library"))
            name = parts.last();
    }
    if (!tag.isEmpty())
        name += QLatin1Char(':') + tag;
    if (!digest.isEmpty())
        name += QLatin1Char('@') + digest;
    return name;
}

Result<NormalizedImage> NormalizedImage::parse(const QString &image)
{
    if (image.isEmpty())
        return invalid(image, QStringLiteral("repository name must have at least one component"));
    static const QRegularExpression identifier(QStringLiteral("^[a-f0-9]{64}$"));
    if (identifier.match(image).hasMatch())
        return invalid(image, QStringLiteral("cannot specify 64-byte hexadecimal strings"));

    // splitDockerDomain: a first component is a registry only if it looks like a host.
    QString domain = kDefaultDomain;
    QString remainder = image;
    const qsizetype slash = image.indexOf(QLatin1Char('/'));
    if (slash >= 0) {
        const QString first = image.left(slash);
        if (first.contains(QLatin1Char('.')) || first.contains(QLatin1Char(':'))
            || first == QLatin1String("localhost")) {
            domain = first;
            remainder = image.mid(slash + 1);
        }
    }
    if (domain == QLatin1String("index.docker.io"))
        domain = kDefaultDomain;
    if (domain == kDefaultDomain && !remainder.contains(QLatin1Char('/')))
        remainder = QStringLiteral("library/") + remainder;

    const qsizetype tagSeparator = remainder.indexOf(QLatin1Char(':'));
    const QString remoteName = tagSeparator >= 0 ? remainder.left(tagSeparator) : remainder;
    if (remoteName.toLower() != remoteName)
        return invalid(image, QStringLiteral("repository name must be lowercase"));

    const QRegularExpressionMatch match = referencePattern().match(domain + QLatin1Char('/') + remainder);
    if (!match.hasMatch())
        return invalid(image, QStringLiteral("invalid reference format"));

    // An invalid registry name can still match as a path component ("my_reg.io/x"); Docker
    // rejects it as not canonical.
    if (match.captured(1) != domain)
        return invalid(image, QStringLiteral("invalid reference format"));

    NormalizedImage result;
    result.domain = domain;
    result.path = match.captured(2);
    if (result.domain.size() + 1 + result.path.size() > kMaxNameLength)
        return invalid(image, QStringLiteral("repository name must not be more than 255 characters"));
    result.tag = match.captured(3);
    result.digest = match.captured(4);
    if (!result.digest.isEmpty()) {
        if (auto problem = digestProblem(result.digest))
            return invalid(image, *problem);
    } else if (result.tag.isEmpty()) {
        result.tag = QStringLiteral("latest");
    }
    return result;
}

} // namespace Maestro::Core
