// SPDX-License-Identifier: GPL-3.0-or-later
#include "registrylogins.h"

#include "orchestration/ships/awaitresult.h"
#include "orchestration/tr.h"

#include "docker/imagereference.h"

#include <QRegularExpression>

namespace Maestro::Orchestration {

namespace {

QList<Docker::RegistryEntry> entriesOf(const Core::Environment &environment)
{
    QList<Docker::RegistryEntry> out;
    for (const Core::Registry &r : environment.registries) {
        out.append({r.name, r.url, r.username.value_or(QString()), r.password.value_or(QString()),
                    r.email.value_or(QString())});
    }
    return out;
}

} // namespace

RegistryLogins::RegistryLogins(Core::EnvironmentPtr environment)
    : m_environment(std::move(environment))
    , m_store(entriesOf(*m_environment))
{}

const Core::Registry *RegistryLogins::registryFor(const QString &image) const
{
    return Core::registryForImage(m_environment->registries, image);
}

std::optional<int> RegistryLogins::httpStatusOf(const Core::Error &error)
{
    // The client's errors read "... POST /auth: HTTP 500: message".
    static const QRegularExpression status(QStringLiteral("\\bHTTP (\\d{3})\\b"));
    const QRegularExpressionMatch m = status.match(error.message);
    if (!m.hasMatch())
        return std::nullopt;
    return m.captured(1).toInt();
}

Core::Result<std::optional<Docker::RegistryAuth>> RegistryLogins::prepare(ShipApi &api,
                                                                          const QString &ship,
                                                                          const QString &image,
                                                                          TaskContext &context)
{
    const Core::Result<Docker::ImageReference> ref = Docker::ImageReference::parse(image);
    if (!ref)
        return ref.error();
    const Core::Result<std::optional<Docker::RegistryAuth>> auth = m_store.lookup(*ref);
    if (!auth || !*auth)
        return auth;
    const Core::Registry *registry = registryFor(image);
    // Spec 12.4: only registries of the environment file log in; Docker-config credentials
    // go with the pull alone. No password (only a user name): nothing to log in with.
    if (!registry || (*auth)->password.isEmpty())
        return auth;
    const QString key
        = ship + QLatin1Char('\n') + registry->url + QLatin1Char('\n') + (*auth)->username;
    {
        QMutexLocker lock(&m_mutex);
        if (m_loggedIn.contains(key))
            return auth;
    }
    const QString pending = TaskTr::tr("logging in to %1...").arg(registry->url);
    context.report(ProgressPhase::Info, pending);
    for (int attempt = 1;; ++attempt) {
        const Core::VoidResult done = awaitResult(api.login(**auth));
        if (done) {
            QMutexLocker lock(&m_mutex);
            m_loggedIn.insert(key);
            return auth;
        }
        const std::optional<int> status = httpStatusOf(done.error());
        const bool retry
            = status && registry->retryWhen.contains(*status) && attempt < registry->retryAttempts;
        if (!retry)
            return Core::Error{TaskTr::tr("Login to %1 as %2 failed: %3")
                                   .arg(registry->url, (*auth)->username, done.error().message),
                               {},
                               {}};
        context.report(ProgressPhase::Info,
                       pending + TaskTr::tr(" got %1; retrying in 1s").arg(*status));
        if (!context.sleepFor(1000))
            return Core::Error{TaskTr::tr("cancelled by user"), {}, {}};
    }
}

} // namespace Maestro::Orchestration
